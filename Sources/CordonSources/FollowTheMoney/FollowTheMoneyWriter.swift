import CordonModel
import Foundation

/// One FollowTheMoney entity as OpenSanctions publishes it: an id, a schema,
/// multi-valued properties and the datasets it comes from.
///
/// Public so that callers can inspect or post-process what the writer makes
/// (a test, a filter) before it is encoded as a JSON line.
public struct FollowTheMoneyEntity: Codable, Sendable, Hashable {
    public var id: String
    public var schema: String
    /// Property name → values, in the order Cordon holds them, without duplicates.
    public var properties: [String: [String]]
    public var datasets: [String]

    public init(id: String, schema: String, properties: [String: [String]] = [:], datasets: [String] = []) {
        self.id = id
        self.schema = schema
        self.properties = properties
        self.datasets = datasets
    }

    /// Appends values to a property, skipping empty and repeated ones:
    /// FollowTheMoney properties are sets, and an empty list is noise.
    mutating func add(_ property: String, _ values: [String]) {
        for value in values {
            let trimmed = value.trimmed()
            guard !trimmed.isEmpty else { continue }
            if properties[property]?.contains(trimmed) == true { continue }
            properties[property, default: []].append(trimmed)
        }
    }

    mutating func add(_ property: String, _ value: String?) {
        if let value { add(property, [value]) }
    }
}

/// What can go wrong writing FollowTheMoney, with the entity or file it concerns.
public enum FollowTheMoneyWriterError: Error, Sendable, Equatable, CustomStringConvertible {
    case encoding(entity: String, reason: String)
    case unwritable(file: String, reason: String)

    public var description: String {
        switch self {
        case let .encoding(entity, reason): "\(entity): cannot be encoded as FollowTheMoney JSON: \(reason)"
        case let .unwritable(file, reason): "\(file): cannot be written: \(reason)"
        }
    }
}

/// Writes Cordon entities as FollowTheMoney JSON lines, the format of
/// OpenSanctions' `entities.ftm.json`.
///
/// Why: FollowTheMoney is what the other screening tools (yente, nomenklatura,
/// OpenSanctions' own pipeline) read, so an export lets a list Cordon parsed
/// from OFAC or UN files be compared with those tools on identical data, and
/// lets a customer's own list travel the other way. `FollowTheMoneyParser`
/// reads the output back with names, alias kinds and weakness, birth dates,
/// nationalities, identifiers, wallets, addresses and programs intact.
///
/// Mapping (what FollowTheMoney cannot hold is said here, not silently lost):
/// - names: primary → `name`, a.k.a. and n.k.a. → `alias`, f.k.a. →
///   `previousName`; weak (low-quality) names of any kind → `weakAlias`.
///   FollowTheMoney has no per-name script or parts, so those are not written.
/// - birth dates: ISO at their own precision (`1965`, `1965-04`, `1965-04-25`);
///   a range is written as its two ends, and "circa" is not representable.
/// - nationality, citizenship, country: lower-case ISO 3166-1 codes where
///   Cordon knows the code, otherwise the list's own spelling.
/// - identifiers: `passportNumber`, `idNumber` (national ids and other
///   documents), `taxNumber`, `registrationNumber` (also aircraft
///   registrations), `email`, `website`, `phone`, `swiftBic`, `imoNumber`.
/// - wallets of a person or organization: one `CryptoWallet` entity per
///   address, with `publicKey`, `currency` and `holder`, as OpenSanctions does;
///   a party listed as a wallet carries `publicKey` and `currency` itself.
/// - addresses: one `Address` entity each, referenced by `addressEntity`.
/// - listing date: a `Sanction` entity pointing at the party.
/// - relations and other labelled facts (vessel flag, tonnage …) are not written.
public enum FollowTheMoneyWriter {
    /// The FollowTheMoney entities for one Cordon entity: the party first,
    /// then its wallets, addresses and sanction.
    ///
    /// Ids are the Cordon id (`ofac-sdn:43377`), and for the auxiliary
    /// entities the party's id with a suffix, so they are stable across exports.
    public static func entities(for entity: Entity) -> [FollowTheMoneyEntity] {
        let id = entity.id.description
        let datasets = [entity.id.source]
        var party = FollowTheMoneyEntity(id: id, schema: schemaName(entity.schema), datasets: datasets)
        var auxiliary: [FollowTheMoneyEntity] = []

        for name in entity.names {
            let property = switch (name.isWeak, name.kind) {
            case (true, _): "weakAlias"
            case (false, .primary): "name"
            case (false, .aka), (false, .nka): "alias"
            case (false, .fka): "previousName"
            }
            party.add(property, name.full)
        }
        for date in entity.birthDates {
            party.add("birthDate", date.from.iso)
            party.add("birthDate", date.to?.iso)
        }
        party.add("birthPlace", entity.birthPlaces)
        party.add("nationality", entity.nationalities.map(countryValue))
        party.add("citizenship", entity.citizenships.map(countryValue))
        party.add("gender", entity.gender?.lowercased())
        party.add("title", entity.titles)
        party.add("program", entity.programs)
        party.add("notes", entity.remarks)

        for identifier in entity.identifiers {
            switch identifier.kind {
            case .cryptoWallet:
                if entity.schema == .cryptoWallet {
                    party.add("publicKey", identifier.value)
                    party.add("currency", identifier.asset)
                } else {
                    let walletID = [id, "wallet", identifier.asset, identifier.value].compactMap { $0 }.joined(separator: "-")
                    var wallet = FollowTheMoneyEntity(id: walletID, schema: "CryptoWallet", datasets: datasets)
                    wallet.add("publicKey", identifier.value)
                    wallet.add("currency", identifier.asset)
                    wallet.add("holder", id)
                    auxiliary.append(wallet)
                }
            default:
                party.add(identifierProperty(identifier.kind), identifier.value)
            }
        }

        for (position, address) in entity.addresses.enumerated() {
            var record = FollowTheMoneyEntity(id: "\(id)-address-\(position + 1)", schema: "Address", datasets: datasets)
            record.add("full", address.text)
            record.add("street", address.street)
            record.add("city", address.city)
            record.add("region", address.region)
            record.add("postalCode", address.postalCode)
            record.add("country", address.country.map(countryValue))
            guard !record.properties.isEmpty else { continue }
            party.add("addressEntity", record.id)
            auxiliary.append(record)
        }
        party.add("country", entity.addresses.compactMap { $0.country.map(countryValue) })
        party.add("country", entity.properties.filter { $0.label == "Country" }.map { countryValue(Country(name: $0.value)) })

        if let listed = entity.listedOn {
            var sanction = FollowTheMoneyEntity(id: "\(id)-sanction", schema: "Sanction", datasets: datasets)
            sanction.add("entity", id)
            sanction.add("listingDate", listed.iso)
            sanction.add("program", entity.programs)
            auxiliary.append(sanction)
        }
        return [party] + auxiliary
    }

    /// The JSON lines (without newlines) for one entity: the party and its
    /// auxiliary entities. Keys are sorted so that exports diff cleanly.
    public static func jsonLines(_ entity: Entity) throws(FollowTheMoneyWriterError) -> [String] {
        var lines: [String] = []
        for record in entities(for: entity) { lines.append(try jsonLine(record)) }
        return lines
    }

    /// One FollowTheMoney entity as a single JSON line (no trailing newline).
    public static func jsonLine(_ record: FollowTheMoneyEntity) throws(FollowTheMoneyWriterError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(record), as: UTF8.self)
        } catch {
            throw .encoding(entity: record.id, reason: String(describing: error))
        }
    }

    /// Every entity of the snapshots as FollowTheMoney JSON lines, each ending
    /// in a newline, in list order. The whole export of the bundled lists is
    /// about 20 MB, so it is built in memory and written at once.
    public static func export(_ snapshots: [ListSnapshot]) throws(FollowTheMoneyWriterError) -> Data {
        var data = Data()
        for snapshot in snapshots {
            for entity in snapshot.entities {
                for line in try jsonLines(entity) {
                    data.append(contentsOf: line.utf8)
                    data.append(0x0A)
                }
            }
        }
        return data
    }

    /// FollowTheMoney's schema names are Cordon's raw values with two
    /// exceptions: an aircraft is `Airplane` there (there is no `Aircraft`
    /// schema, and tools that load the model reject unknown ones), and `Thing`
    /// is abstract, so an entity of unknown type is written as `LegalEntity`,
    /// the most general schema that can be sanctioned.
    static func schemaName(_ schema: Schema) -> String {
        switch schema {
        case .aircraft: "Airplane"
        case .other: "LegalEntity"
        default: schema.rawValue
        }
    }

    /// The property FollowTheMoney uses for an identifier kind.
    static func identifierProperty(_ kind: IdentifierKind) -> String {
        switch kind {
        case .passport: "passportNumber"
        case .nationalID, .other: "idNumber"
        case .taxNumber: "taxNumber"
        case .registrationNumber, .aircraftRegistration: "registrationNumber"
        case .email: "email"
        case .website: "website"
        case .phone: "phone"
        case .swiftBIC: "swiftBic"
        case .imoNumber: "imoNumber"
        case .cryptoWallet: "publicKey"
        }
    }

    /// FollowTheMoney's country type is the lower-case ISO code; where Cordon
    /// does not know a code the list's spelling is kept rather than dropped.
    static func countryValue(_ country: Country) -> String {
        country.code?.lowercased() ?? country.name
    }
}
