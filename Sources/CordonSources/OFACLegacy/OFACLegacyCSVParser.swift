import CordonModel
import Foundation

/// Reads OFAC's legacy CSV publication (`sdn.csv`, `add.csv`, `alt.csv`,
/// `sdn_comments.csv`) and its consolidated twin (`cons_prim.csv` …).
///
/// The files have no header; `-0-` stands for an empty field; remarks are cut
/// at 1,000 characters and continued in the comments file, and carry the
/// birth dates, documents, wallets and weak aliases the columns lack.
enum OFACLegacyCSVParser {
    static let mainColumns = 12

    static func parse(_ set: OFACLegacyCSVSet) throws(ListError) -> ParsedList {
        let source: ListSource = set.isConsolidated ? .ofacConsolidated : .ofacSDN
        var warnings: [ParseWarning] = []
        var entities: [Entity] = []
        var remarks: [String] = []
        var index: [String: Int] = [:]

        var reader = CSVReader(bytes: set.main.bytes, file: set.main.name)
        while let (line, fields) = try reader.nextRecord() {
            guard fields.count == mainColumns else {
                throw .malformed(file: set.main.name, location: "line \(line)",
                                 expected: "expected \(mainColumns) columns (ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks), found \(fields.count)")
            }
            let id = value(fields[0])
            guard let id, id.allSatisfy(\.isNumber) else {
                throw .malformed(file: set.main.name, location: "line \(line)",
                                 expected: "expected a numeric ent_num in the first column, found '\(fields[0])'")
            }
            if index[id] != nil {
                warnings.append(ParseWarning(file: set.main.name, location: "line \(line)", message: "duplicate ent_num \(id); the later row is skipped"))
                continue
            }
            index[id] = entities.count
            entities.append(entity(id: id, fields: fields, source: source))
            remarks.append(value(fields[11]) ?? "")
        }

        if let comments = set.comments {
            var commentReader = CSVReader(bytes: comments.bytes, file: comments.name)
            while let (line, fields) = try commentReader.nextRecord() {
                guard fields.count >= 2, let id = value(fields[0]) else { continue }
                guard let position = index[id] else {
                    warnings.append(ParseWarning(file: comments.name, location: "line \(line)", message: "remark continuation for unknown ent_num \(id)"))
                    continue
                }
                remarks[position] += fields[1]
            }
        }
        for position in entities.indices where !remarks[position].isEmpty {
            OFACRemarksParser.apply(remarks[position], to: &entities[position])
        }

        if let aliases = set.aliases {
            var aliasReader = CSVReader(bytes: aliases.bytes, file: aliases.name)
            while let (line, fields) = try aliasReader.nextRecord() {
                guard fields.count >= 4, let id = value(fields[0]), let name = value(fields[3]) else {
                    throw .malformed(file: aliases.name, location: "line \(line)", expected: "expected ent_num, alt_num, alt_type, alt_name, alt_remarks")
                }
                guard let position = index[id] else {
                    warnings.append(ParseWarning(file: aliases.name, location: "line \(line)", message: "alias for unknown ent_num \(id)"))
                    continue
                }
                let kind = value(fields[2]).flatMap(NameKind.init(sourceLabel:)) ?? .aka
                entities[position].addName(Name(full: name, kind: kind == .primary ? .aka : kind))
            }
        }

        if let addresses = set.addresses {
            var addressReader = CSVReader(bytes: addresses.bytes, file: addresses.name)
            while let (line, fields) = try addressReader.nextRecord() {
                guard fields.count >= 5, let id = value(fields[0]) else {
                    throw .malformed(file: addresses.name, location: "line \(line)", expected: "expected ent_num, Add_num, Address, City/State/Province/Postal Code, Country, Add_remarks")
                }
                guard let position = index[id] else {
                    warnings.append(ParseWarning(file: addresses.name, location: "line \(line)", message: "address for unknown ent_num \(id)"))
                    continue
                }
                let address = Address(street: value(fields[2]), city: value(fields[3]),
                                      country: value(fields[4]).map { Country(name: $0) },
                                      text: fields.count > 5 ? value(fields[5]) : nil)
                if address != Address(), !entities[position].addresses.contains(address) {
                    entities[position].addresses.append(address)
                }
            }
        }
        return ParsedList(source: source, format: set.isConsolidated ? .ofacConsolidatedCSV : .ofacLegacyCSV,
                          publishedOn: nil, entities: entities, warnings: warnings)
    }

    /// The field's text, or nil for OFAC's empty marker `-0-`.
    static func value(_ field: String) -> String? {
        let trimmed = field.trimmed()
        return trimmed.isEmpty || trimmed == "-0-" ? nil : trimmed
    }

    private static let vesselColumns = [(5, "Vessel Call Sign"), (6, "VESSEL TYPE"), (7, "Vessel Tonnage"),
                                        (8, "Vessel Gross Registered Tonnage"), (9, "Vessel Flag"), (10, "Vessel Owner")]

    private static func entity(id: String, fields: [String], source: ListSource) -> Entity {
        let schema: Schema = switch value(fields[2])?.lowercased() {
        case "individual": .person
        case "vessel": .vessel
        case "aircraft": .aircraft
        default: .organization
        }
        var entity = Entity(id: EntityID(source: source.id, local: id), schema: schema)
        if let name = value(fields[1]) { entity.addName(Name(full: name, kind: .primary)) }
        for program in (value(fields[3]) ?? "").components(separatedBy: "] [") {
            entity.addProgram(program.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")))
        }
        if let title = value(fields[4]) { entity.titles.append(title) }
        for (column, label) in vesselColumns {
            if let text = value(fields[column]) { entity.properties.append(Property(label: label, value: text)) }
        }
        return entity
    }
}
