import CordonModel
import Foundation

/// Reads the UN Security Council Consolidated List XML (`consolidated.xml`).
///
/// Entity ids are the UN reference numbers (`un:KPi.066`), which the UN
/// keeps stable across publications; DATAID is an internal database key.
enum UNConsolidatedXMLParser {
    static func parse(_ input: ListFile) throws(ListError) -> ParsedList {
        let reader = XMLPullReader(bytes: input.bytes, file: input.name)
        guard case let .start(root, rootAttributes, _)? = try reader.next(), root == "CONSOLIDATED_LIST" else {
            throw reader.malformed("expected the root element <CONSOLIDATED_LIST> of the UN consolidated list")
        }
        let published = rootAttributes["dateGenerated"].flatMap { PartialDate(iso: String($0.prefix(10))) }
        var entities: [Entity] = []
        var warnings: [ParseWarning] = []
        var seen: Set<EntityID> = []
        try reader.forEachChild { group, _ throws(ListError) in
            guard group == "INDIVIDUALS" || group == "ENTITIES" else { return try reader.skipElement() }
            try reader.forEachChild { element, _ throws(ListError) in
                let schema: Schema = element == "INDIVIDUAL" ? .person : .organization
                let start = reader.offset
                func location() -> String { "line \(reader.line(at: start))" }
                guard let entity = try readParty(reader, schema: schema) else {
                    warnings.append(ParseWarning(file: input.name, location: location(), message: "<\(element)> without a REFERENCE_NUMBER; skipped"))
                    return
                }
                guard seen.insert(entity.id).inserted else {
                    warnings.append(ParseWarning(file: input.name, location: location(), message: "duplicate reference number \(entity.id.local); the later entry is skipped"))
                    return
                }
                entities.append(entity)
            }
        }
        if let extra = try reader.next() {
            throw reader.malformed("content after the end of <CONSOLIDATED_LIST>: \(extra)")
        }
        return ParsedList(source: .un, format: .unConsolidatedXML, publishedOn: published,
                          entities: entities, warnings: warnings)
    }

    /// Reads the children of the element just started into a field → texts map.
    private static func readFields(_ reader: XMLPullReader) throws(ListError) -> [String: [String]] {
        var fields: [String: [String]] = [:]
        try reader.forEachChild { name, _ throws(ListError) in try collect(reader, name, into: &fields) }
        return fields
    }

    /// Adds the text of the element just started to `fields[name]`; a group
    /// (`<NATIONALITY><VALUE>…</VALUE></NATIONALITY>`) adds each leaf's text.
    private static func collect(_ reader: XMLPullReader, _ name: String,
                                into fields: inout [String: [String]]) throws(ListError) {
        var texts: [String] = []
        while let token = try reader.next() {
            switch token {
            case .end:
                let value = texts.joined().trimmed()
                if !value.isEmpty { fields[name, default: []].append(value) }
                return
            case let .text(value):
                texts.append(value)
            case .start:
                let value = try reader.readLeafText().trimmed()
                if !value.isEmpty { fields[name, default: []].append(value) }
            }
        }
    }

    private static func readParty(_ reader: XMLPullReader, schema: Schema) throws(ListError) -> Entity? {
        var fields: [String: [String]] = [:]
        var aliases: [[String: [String]]] = []
        var addresses: [[String: [String]]] = []
        var births: [[String: [String]]] = []
        var places: [[String: [String]]] = []
        var documents: [[String: [String]]] = []
        try reader.forEachChild { name, _ throws(ListError) in
            switch name {
            case "INDIVIDUAL_ALIAS", "ENTITY_ALIAS": aliases.append(try readFields(reader))
            case "INDIVIDUAL_ADDRESS", "ENTITY_ADDRESS": addresses.append(try readFields(reader))
            case "INDIVIDUAL_DATE_OF_BIRTH": births.append(try readFields(reader))
            case "INDIVIDUAL_PLACE_OF_BIRTH": places.append(try readFields(reader))
            case "INDIVIDUAL_DOCUMENT": documents.append(try readFields(reader))
            default: try collect(reader, name, into: &fields)
            }
        }
        guard let reference = fields["REFERENCE_NUMBER"]?.first else { return nil }
        var entity = Entity(id: EntityID(source: ListSource.un.id, local: reference), schema: schema)
        let nameParts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"].compactMap { fields[$0]?.first }
        entity.addName(Name(full: nameParts.joined(separator: " "), kind: .primary,
                            parts: nameParts.count > 1 ? nameParts.map { NamePart(kind: .other, value: $0) } : []))
        for original in fields["NAME_ORIGINAL_SCRIPT"] ?? [] { entity.addName(Name(full: original, kind: .primary)) }
        for alias in aliases {
            guard let name = alias["ALIAS_NAME"]?.first else { continue }
            let quality = alias["QUALITY"]?.first ?? ""
            entity.addName(Name(full: name, kind: quality == "f.k.a." ? .fka : .aka, isWeak: quality == "Low"))
            if let dob = alias["DATE_OF_BIRTH"]?.first.flatMap(PartialDate.init(iso:)), !entity.birthDates.contains(BirthDate(dob)) {
                entity.birthDates.append(BirthDate(dob))
            }
        }
        for program in fields["UN_LIST_TYPE"] ?? [] { entity.addProgram(program) }
        entity.listedOn = fields["LISTED_ON"]?.first.flatMap(PartialDate.init(iso:))
        entity.gender = fields["GENDER"]?.first
        entity.titles = fields["TITLE"] ?? []
        entity.nationalities = (fields["NATIONALITY"] ?? []).map { Country(name: $0) }
        entity.remarks = fields["COMMENTS1"] ?? []
        for designation in fields["DESIGNATION"] ?? [] { entity.properties.append(Property(label: "Designation", value: designation)) }
        for birth in births {
            if let date = birthDate(birth), !entity.birthDates.contains(date) { entity.birthDates.append(date) }
        }
        for place in places {
            let text = ["CITY", "STATE_PROVINCE", "COUNTRY"].compactMap { place[$0]?.first }.joined(separator: ", ")
            if !text.isEmpty { entity.birthPlaces.append(text) }
        }
        for fieldsOfAddress in addresses {
            let address = Address(street: fieldsOfAddress["STREET"]?.first, city: fieldsOfAddress["CITY"]?.first,
                                  region: fieldsOfAddress["STATE_PROVINCE"]?.first, postalCode: fieldsOfAddress["ZIP_CODE"]?.first,
                                  country: fieldsOfAddress["COUNTRY"]?.first.map { Country(name: $0) },
                                  text: fieldsOfAddress["NOTE"]?.first)
            if address != Address() { entity.addresses.append(address) }
        }
        for document in documents {
            guard let number = document["NUMBER"]?.first else { continue }
            let label = document["TYPE_OF_DOCUMENT"]?.first ?? "Document"
            let country = (document["ISSUING_COUNTRY"] ?? document["COUNTRY_OF_ISSUE"])?.first
            entity.addIdentifier(Identifier(kind: OFACLabels.identifierKind(forDocument: label), value: number, label: label,
                                            country: country.map { Country(name: $0) },
                                            issued: document["DATE_OF_ISSUE"]?.first.flatMap(PartialDate.init(iso:)),
                                            note: document["NOTE"]?.first))
        }
        return entity
    }

    private static func birthDate(_ fields: [String: [String]]) -> BirthDate? {
        let approximate = fields["TYPE_OF_DATE"]?.first == "APPROXIMATELY"
        if let date = fields["DATE"]?.first.flatMap(PartialDate.init(iso:)) {
            return BirthDate(date, isApproximate: approximate)
        }
        if let year = fields["YEAR"]?.first.flatMap(PartialDate.init(iso:)) {
            return BirthDate(year, isApproximate: approximate)
        }
        if let from = fields["FROM_YEAR"]?.first.flatMap(PartialDate.init(iso:)) {
            return BirthDate(from, to: fields["TO_YEAR"]?.first.flatMap(PartialDate.init(iso:)), isApproximate: approximate)
        }
        return nil
    }
}
