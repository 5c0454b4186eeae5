import CordonModel

/// The kind of party a query describes. Coarser than `Schema`: a customer
/// record rarely says whether an organization is a company or a public body,
/// and "Organization" must find all of them.
public enum ScreeningSchema: String, Codable, Sendable, CaseIterable {
    case person = "Person"
    case organization = "Organization"
    case vessel = "Vessel"
    case aircraft = "Aircraft"
    case any = "Any"

    /// Parses the words users type ("person", "individual", "company", "ship", "any").
    public init?(userValue: String) {
        let trimmed = userValue.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed == "any" || trimmed == "*" || trimmed.isEmpty { self = .any; return }
        guard let schema = Schema(userValue: trimmed) else { return nil }
        switch schema {
        case .person: self = .person
        case .vessel: self = .vessel
        case .aircraft: self = .aircraft
        case .organization, .company, .legalEntity, .publicBody: self = .organization
        case .cryptoWallet, .other: return nil
        }
    }

    /// Whether a listed party of `schema` is the kind of party this query asks about.
    public func accepts(_ schema: Schema) -> Bool {
        switch self {
        case .any: true
        case .person: schema == .person
        case .organization: schema.isOrganization
        case .vessel: schema == .vessel
        case .aircraft: schema == .aircraft
        }
    }
}
