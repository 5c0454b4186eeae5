import CordonModel
import Foundation

/// Reads a company's own block-list from CSV with a header row.
///
/// Columns (any order, names case-insensitive, `snake_case` or `camelCase`):
/// `id` and `name` are required; `schema` (Person, Organization, Vessel,
/// Aircraft …), `aliases` (separated by `;`), `birth_date` (YYYY, YYYY-MM or
/// YYYY-MM-DD; several separated by `;`), `country` (name or ISO code),
/// `identifiers` (`kind:value` separated by `;`, e.g. `passport:123456;
/// email:x@example.com;wallet:ETH:0xabc…`), `programs` (separated by `;`) and
/// `notes` are optional. Entity ids are `custom:<id>`.
enum CustomCSVParser {
    static let knownColumns: Set<String> = ["id", "name", "schema", "aliases", "birthdate", "country", "identifiers", "programs", "notes"]

    static func parse(_ input: ListFile) throws(ListError) -> ParsedList {
        var reader = CSVReader(bytes: input.bytes, file: input.name)
        guard let (_, header) = try reader.nextRecord() else { throw .empty(file: input.name) }
        let columns = header.map(columnKey)
        guard let idColumn = columns.firstIndex(of: "id"), let nameColumn = columns.firstIndex(of: "name") else {
            throw .malformed(file: input.name, location: "line 1", expected: "the header must name an 'id' and a 'name' column, found: \(header.joined(separator: ", "))")
        }
        var warnings: [ParseWarning] = []
        for (position, column) in columns.enumerated() where !knownColumns.contains(column) {
            warnings.append(ParseWarning(file: input.name, location: "line 1", message: "column '\(header[position])' is not used (known: id, name, schema, aliases, birth_date, country, identifiers, programs, notes)"))
        }
        func field(_ fields: [String], _ key: String) -> String? {
            guard let position = columns.firstIndex(of: key), position < fields.count else { return nil }
            let value = fields[position].trimmed()
            return value.isEmpty ? nil : value
        }
        func list(_ fields: [String], _ key: String) -> [String] {
            (field(fields, key) ?? "").split(separator: ";").map { $0.trimmed() }.filter { !$0.isEmpty }
        }
        var entities: [Entity] = []
        var seen: Set<String> = []
        while let (line, fields) = try reader.nextRecord() {
            let location = "line \(line)"
            guard fields.count == columns.count else {
                throw .malformed(file: input.name, location: location, expected: "expected \(columns.count) columns as in the header, found \(fields.count)")
            }
            guard let id = field(fields, "id"), idColumn < fields.count else {
                throw .malformed(file: input.name, location: location, expected: "the 'id' column is empty")
            }
            guard let name = field(fields, "name"), nameColumn < fields.count else {
                throw .malformed(file: input.name, location: location, expected: "the 'name' column is empty for id \(id)")
            }
            guard seen.insert(id).inserted else {
                throw .malformed(file: input.name, location: location, expected: "id \(id) appears twice; ids must be unique")
            }
            var schema = Schema.other
            if let text = field(fields, "schema") {
                guard let parsed = Schema(userValue: text) else {
                    throw .malformed(file: input.name, location: location, expected: "unknown schema '\(text)'; expected Person, Organization, Company, Vessel, Aircraft or CryptoWallet")
                }
                schema = parsed
            }
            var entity = Entity(id: EntityID(source: ListSource.custom.id, local: id), schema: schema)
            entity.addName(Name(full: name))
            for alias in list(fields, "aliases") { entity.addName(Name(full: alias, kind: .aka)) }
            for text in list(fields, "birthdate") {
                guard let date = PartialDate(iso: text) else {
                    throw .malformed(file: input.name, location: location, expected: "birth_date '\(text)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
                }
                entity.birthDates.append(BirthDate(date))
            }
            if let country = field(fields, "country") { entity.nationalities.append(Country(name: country)) }
            for text in list(fields, "identifiers") {
                entity.addIdentifier(try identifier(text, file: input.name, location: location))
            }
            for program in list(fields, "programs") { entity.addProgram(program) }
            if let notes = field(fields, "notes") { entity.remarks.append(notes) }
            entities.append(entity)
        }
        return ParsedList(source: .custom, format: .customCSV, publishedOn: nil, entities: entities, warnings: warnings)
    }

    static func columnKey(_ header: String) -> String {
        header.lowercased().filter { $0.isLetter }
    }

    private static let kinds: [String: IdentifierKind] = [
        "passport": .passport, "nationalid": .nationalID, "id": .nationalID, "tax": .taxNumber, "taxnumber": .taxNumber,
        "registration": .registrationNumber, "registrationnumber": .registrationNumber, "email": .email,
        "website": .website, "url": .website, "domain": .website, "phone": .phone, "wallet": .cryptoWallet,
        "crypto": .cryptoWallet, "cryptowallet": .cryptoWallet, "swift": .swiftBIC, "swiftbic": .swiftBIC, "bic": .swiftBIC,
        "imo": .imoNumber, "imonumber": .imoNumber, "aircraft": .aircraftRegistration, "other": .other,
    ]

    /// `kind:value`, or `wallet:ASSET:address` for a wallet with its asset code.
    static func identifier(_ text: String, file: String, location: String) throws(ListError) -> Identifier {
        let pieces = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard pieces.count == 2, let kind = kinds[columnKey(pieces[0])] else {
            throw .malformed(file: file, location: location,
                             expected: "identifier '\(text)' must be kind:value with kind one of passport, national_id, tax, registration, email, website, phone, wallet, swift, imo, other")
        }
        var value = pieces[1].trimmed()
        var asset: String?
        if kind == .cryptoWallet, let colon = value.firstIndex(of: ":"), value[..<colon].allSatisfy({ $0.isLetter && $0.isUppercase }) {
            asset = String(value[..<colon])
            value = String(value[value.index(after: colon)...])
        }
        guard !value.isEmpty else {
            throw .malformed(file: file, location: location, expected: "identifier '\(text)' has no value")
        }
        return Identifier(kind: kind, value: value, label: pieces[0], asset: asset)
    }
}
