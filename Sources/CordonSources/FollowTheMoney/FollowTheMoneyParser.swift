import CordonModel
import Foundation

/// Reads FollowTheMoney JSON lines as OpenSanctions publishes them (full
/// exports and `{"op": "ADD"|"MOD"|"DEL", "entity": …}` delta files).
///
/// FollowTheMoney spreads one party over several records: the Person or
/// Company itself, and Sanction, Address, Passport, Ownership, Family …
/// records that point at it. Cordon screens parties, so those auxiliary
/// records are folded into the party they describe.
enum FollowTheMoneyParser {
    /// Schemas that are screened as parties. FollowTheMoney (and so
    /// OpenSanctions) calls an aircraft `Airplane`; `Aircraft` is Cordon's own word, also accepted.
    static let partySchemas: [String: Schema] = [
        "Person": .person, "Organization": .organization, "Company": .company, "LegalEntity": .legalEntity,
        "PublicBody": .publicBody, "Vessel": .vessel, "Airplane": .aircraft, "Aircraft": .aircraft, "CryptoWallet": .cryptoWallet,
    ]

    /// Reads full exports and deltas in order: deltas apply to what came before.
    static func parse(_ files: [ListFile]) throws(ListError) -> ParsedList {
        var records: [String: FollowTheMoneyRecord] = [:]
        var order: [String] = []
        var warnings: [ParseWarning] = []
        var sawDelta = false
        for file in files {
            try readLines(file) { line, object throws(ListError) in
                if let op = object["op"] as? String {
                    sawDelta = true
                    guard let entityObject = object["entity"] as? [String: Any] else {
                        throw .malformed(file: file.name, location: "line \(line)", expected: "a delta line needs an \"entity\" object")
                    }
                    switch op {
                    case "ADD", "MOD":
                        let record = try record(entityObject, file: file.name, line: line)
                        if records[record.id] == nil { order.append(record.id) }
                        records[record.id] = record
                    case "DEL":
                        guard let id = entityObject["id"] as? String else {
                            throw .malformed(file: file.name, location: "line \(line)", expected: "a DEL delta needs the entity's \"id\"")
                        }
                        if records.removeValue(forKey: id) == nil {
                            warnings.append(ParseWarning(file: file.name, location: "line \(line)", message: "DEL of \(id), which was not loaded"))
                        }
                    default:
                        throw .malformed(file: file.name, location: "line \(line)", expected: "\"op\" must be ADD, MOD or DEL, found \"\(op)\"")
                    }
                } else {
                    let record = try record(object, file: file.name, line: line)
                    if records[record.id] == nil { order.append(record.id) }
                    records[record.id] = record
                }
            }
        }
        let entities = fold(order.compactMap { records[$0] }, warnings: &warnings, file: files.last?.name ?? "")
        return ParsedList(source: .followTheMoney, format: sawDelta ? .followTheMoneyDelta : .followTheMoneyJSON,
                          publishedOn: nil, entities: entities, warnings: warnings)
    }

    private static func readLines(_ file: ListFile, _ body: (Int, [String: Any]) throws(ListError) -> Void) throws(ListError) {
        var lineNumber = 0
        var start = 0
        let bytes = file.bytes
        while start < bytes.count {
            lineNumber += 1
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let slice = bytes[start..<end]
            start = end + 1
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            let parsed: Any
            do {
                parsed = try JSONSerialization.jsonObject(with: Data(slice))
            } catch {
                throw .malformed(file: file.name, location: "line \(lineNumber)", expected: "invalid JSON: expected one FollowTheMoney entity object per line")
            }
            guard let object = parsed as? [String: Any] else {
                throw .malformed(file: file.name, location: "line \(lineNumber)", expected: "expected a JSON object, found another JSON value")
            }
            try body(lineNumber, object)
        }
    }

    private static func record(_ object: [String: Any], file: String, line: Int) throws(ListError) -> FollowTheMoneyRecord {
        guard let id = object["id"] as? String, !id.isEmpty else {
            throw .malformed(file: file, location: "line \(line)", expected: "the entity has no \"id\" string")
        }
        guard let schema = object["schema"] as? String else {
            throw .malformed(file: file, location: "line \(line)", expected: "entity \(id) has no \"schema\" string")
        }
        var properties: [String: [String]] = [:]
        if let raw = object["properties"] {
            guard let dictionary = raw as? [String: Any] else {
                throw .malformed(file: file, location: "line \(line)", expected: "\"properties\" of \(id) must be an object of lists")
            }
            for (key, value) in dictionary {
                let values = (value as? [Any]) ?? [value]
                properties[key] = values.compactMap { item in
                    if let text = item as? String { return text }
                    if let nested = item as? [String: Any] { return nested["id"] as? String }
                    if let number = item as? NSNumber { return number.stringValue }
                    return nil
                }
            }
        }
        return FollowTheMoneyRecord(id: id, schema: schema, properties: properties,
                                    datasets: object["datasets"] as? [String] ?? [], line: line)
    }

    private static func fold(_ records: [FollowTheMoneyRecord], warnings: inout [ParseWarning], file: String) -> [Entity] {
        var entities: [Entity] = []
        var index: [String: Int] = [:]
        let byID = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        for record in records {
            guard let schema = partySchemas[record.schema] else { continue }
            index[record.id] = entities.count
            entities.append(party(record, schema: schema, addresses: byID))
        }
        func ftmID(_ id: String) -> EntityID { EntityID(source: ListSource.followTheMoney.id, local: id) }
        for record in records where record.schema == "CryptoWallet" {
            guard let key = record.first("publicKey") else { continue }
            for holder in record.values("holder") {
                guard let position = index[holder] else { continue }
                entities[position].addIdentifier(Identifier(kind: .cryptoWallet, value: key, label: "publicKey", asset: record.first("currency")))
            }
        }
        for record in records where partySchemas[record.schema] == nil {
            switch record.schema {
            case "Sanction":
                for target in record.values("entity") {
                    guard let position = index[target] else { continue }
                    for program in record.values("programId") + record.values("program") { entities[position].addProgram(program) }
                    if let date = (record.first("listingDate") ?? record.first("startDate")).flatMap({ PartialDate(iso: String($0.prefix(10))) }) {
                        entities[position].listedOn = min(entities[position].listedOn ?? date, date)
                    }
                }
            case "Passport", "Identification":
                for holder in record.values("holder") {
                    guard let position = index[holder], let number = record.first("number") else { continue }
                    entities[position].addIdentifier(Identifier(
                        kind: record.schema == "Passport" ? .passport : .nationalID, value: number, label: record.first("type") ?? record.schema,
                        country: record.first("country").map { Country(name: $0) }))
                }
            case "Address":
                continue
            default:
                let ends = relationEnds[record.schema]
                guard let ends else {
                    warnings.append(ParseWarning(file: file, location: "line \(record.line)", message: "schema \(record.schema) of \(record.id) is not used for screening"))
                    continue
                }
                let kind = record.first("relationship") ?? record.first("role") ?? record.schema
                for from in record.values(ends.0) {
                    for to in record.values(ends.1) {
                        if let position = index[from] { entities[position].relations.append(Relation(kind: kind, target: ftmID(to))) }
                        if let position = index[to] { entities[position].relations.append(Relation(kind: kind + " (of)", target: ftmID(from))) }
                    }
                }
            }
        }
        return entities
    }

    private static let relationEnds: [String: (String, String)] = [
        "Ownership": ("owner", "asset"), "Directorship": ("director", "organization"), "Family": ("person", "relative"),
        "Associate": ("person", "associate"), "Membership": ("member", "organization"),
        "Employment": ("employee", "employer"), "UnknownLink": ("subject", "object"), "Representation": ("agent", "client"),
        "Succession": ("predecessor", "successor"),
    ]

    private static func party(_ record: FollowTheMoneyRecord, schema: Schema,
                              addresses: [String: FollowTheMoneyRecord]) -> Entity {
        var entity = Entity(id: EntityID(source: ListSource.followTheMoney.id, local: record.id), schema: schema)
        for name in record.values("name") { entity.addName(Name(full: name, kind: entity.names.isEmpty ? .primary : .aka)) }
        for name in record.values("alias") { entity.addName(Name(full: name, kind: .aka)) }
        for name in record.values("weakAlias") { entity.addName(Name(full: name, kind: .aka, isWeak: true)) }
        for name in record.values("previousName") { entity.addName(Name(full: name, kind: .fka)) }
        for date in record.values("birthDate") {
            if let parsed = PartialDate(iso: String(date.prefix(10))), !entity.birthDates.contains(BirthDate(parsed)) {
                entity.birthDates.append(BirthDate(parsed))
            }
        }
        entity.birthPlaces = record.values("birthPlace")
        entity.nationalities = record.values("nationality").map { Country(name: $0) }
        entity.citizenships = record.values("citizenship").map { Country(name: $0) }
        entity.gender = record.first("gender")
        entity.titles = record.values("title")
        entity.remarks = record.values("notes")
        for program in record.values("programId") + record.values("program") { entity.addProgram(program) }
        let identifierProperties: [(String, IdentifierKind)] = [
            ("passportNumber", .passport), ("idNumber", .nationalID), ("taxNumber", .taxNumber), ("innCode", .taxNumber),
            ("vatCode", .taxNumber), ("registrationNumber", .registrationNumber), ("ogrnCode", .registrationNumber),
            ("email", .email), ("website", .website), ("phone", .phone), ("swiftBic", .swiftBIC),
            ("imoNumber", .imoNumber),
        ]
        for (key, kind) in identifierProperties {
            for value in record.values(key) { entity.addIdentifier(Identifier(kind: kind, value: value, label: key)) }
        }
        if schema == .cryptoWallet, let key = record.first("publicKey") {
            entity.addIdentifier(Identifier(kind: .cryptoWallet, value: key, label: "publicKey", asset: record.first("currency")))
            if entity.names.isEmpty { entity.addName(Name(full: key)) }
        }
        for text in record.values("address") { entity.addresses.append(Address(text: text)) }
        for reference in record.values("addressEntity") {
            guard let address = addresses[reference] else { continue }
            let structured = Address(street: address.first("street"), city: address.first("city"), region: address.first("region"),
                                     postalCode: address.first("postalCode"), country: address.first("country").map { Country(name: $0) },
                                     text: address.first("full"))
            if !entity.addresses.contains(structured) { entity.addresses.append(structured) }
        }
        for country in record.values("country") where !entity.addresses.contains(where: { $0.country?.code == country.uppercased() }) {
            entity.properties.append(Property(label: "Country", value: country.uppercased()))
        }
        if record.schema == "CryptoWallet" {
            for holder in record.values("holder") {
                entity.relations.append(Relation(kind: "held by", target: EntityID(source: ListSource.followTheMoney.id, local: holder)))
            }
        }
        return entity
    }
}
