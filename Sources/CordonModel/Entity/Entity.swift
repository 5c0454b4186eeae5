import Foundation

/// Everything a sanctions list says about one party.
///
/// One model for every source, so that screening, diffs and reports work the
/// same on OFAC, UN, OpenSanctions and a company's own list. Fields a source
/// does not have stay empty; nothing is invented to fill them.
public struct Entity: Codable, Sendable, Hashable, Identifiable {
    public var id: EntityID
    public var schema: Schema
    /// Primary name first, then aliases in the order the list gives them.
    public var names: [Name]
    public var birthDates: [BirthDate]
    public var birthPlaces: [String]
    public var nationalities: [Country]
    public var citizenships: [Country]
    public var addresses: [Address]
    public var identifiers: [Identifier]
    public var programs: [String]
    public var listedOn: PartialDate?
    public var gender: String?
    public var titles: [String]
    public var remarks: [String]
    public var relations: [Relation]
    /// Other facts the list states that have no field of their own
    /// (vessel flag, tonnage, "Secondary sanctions risk: …"), as label and value.
    public var properties: [Property]

    public init(id: EntityID, schema: Schema, names: [Name] = [], birthDates: [BirthDate] = [],
                birthPlaces: [String] = [], nationalities: [Country] = [], citizenships: [Country] = [],
                addresses: [Address] = [], identifiers: [Identifier] = [], programs: [String] = [],
                listedOn: PartialDate? = nil, gender: String? = nil, titles: [String] = [],
                remarks: [String] = [], relations: [Relation] = [], properties: [Property] = []) {
        self.id = id
        self.schema = schema
        self.names = names
        self.birthDates = birthDates
        self.birthPlaces = birthPlaces
        self.nationalities = nationalities
        self.citizenships = citizenships
        self.addresses = addresses
        self.identifiers = identifiers
        self.programs = programs
        self.listedOn = listedOn
        self.gender = gender
        self.titles = titles
        self.remarks = remarks
        self.relations = relations
        self.properties = properties
    }

    /// The name to show: the primary name, else the first one.
    public var caption: String {
        (names.first { $0.kind == .primary } ?? names.first)?.full ?? id.description
    }

    /// Wallet addresses the list gives for this party.
    public var wallets: [Identifier] { identifiers.filter { $0.kind == .cryptoWallet } }

    /// Adds a name unless the same text of the same kind is already there, so
    /// sources that repeat a name (remarks and alias files) do not double it.
    public mutating func addName(_ name: Name) {
        let trimmed = name.full.trimmed()
        guard !trimmed.isEmpty else { return }
        var name = name
        name.full = trimmed
        if !names.contains(where: { $0.full == trimmed && $0.kind == name.kind && $0.script == name.script }) {
            names.append(name)
        }
    }

    /// Adds an identifier unless it is already there.
    public mutating func addIdentifier(_ identifier: Identifier) {
        if !identifiers.contains(identifier) { identifiers.append(identifier) }
    }

    /// Adds a program unless it is already there.
    public mutating func addProgram(_ program: String) {
        let trimmed = program.trimmed()
        if !trimmed.isEmpty, !programs.contains(trimmed) { programs.append(trimmed) }
    }
}
