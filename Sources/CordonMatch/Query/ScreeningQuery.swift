import CordonModel

/// What is known about the party being screened. Only the name is required;
/// every other field is evidence that raises or lowers a name match.
public struct ScreeningQuery: Codable, Sendable, Hashable {
    public var name: String
    public var schema: ScreeningSchema
    public var birthDate: PartialDate?
    /// A country name in any of the lists' spellings, or an ISO 3166-1 alpha-2 code.
    public var country: String?
    /// Document numbers, registrations, wallet addresses: an exact hit is strong evidence.
    public var identifiers: [String]

    public init(name: String, schema: ScreeningSchema = .any, birthDate: PartialDate? = nil,
                country: String? = nil, identifiers: [String] = []) {
        self.name = name
        self.schema = schema
        self.birthDate = birthDate
        self.country = country
        self.identifiers = identifiers
    }

    /// The ISO code of `country`, when Cordon's country table knows it.
    public var countryCode: String? {
        guard let country, !country.isEmpty else { return nil }
        return CountryCodes.code(for: country)
    }
}
