import Foundation

/// What kind of party an entity is.
///
/// The raw values follow FollowTheMoney's schema names, because that is the
/// vocabulary OpenSanctions and most downstream tools already speak; OFAC's
/// and the UN's own party types map onto them.
public enum Schema: String, Codable, Sendable, CaseIterable, Comparable {
    case person = "Person"
    case organization = "Organization"
    case company = "Company"
    case legalEntity = "LegalEntity"
    case publicBody = "PublicBody"
    case vessel = "Vessel"
    case aircraft = "Aircraft"
    case cryptoWallet = "CryptoWallet"
    case other = "Thing"

    /// Companies, public bodies and generic legal entities screen as
    /// organizations: a query for "Organization" must find all of them.
    public var isOrganization: Bool {
        switch self {
        case .organization, .company, .legalEntity, .publicBody: true
        default: false
        }
    }

    /// Parses the schema names users type in queries and custom lists,
    /// case-insensitively, including the lists' own words ("individual", "entity").
    public init?(userValue: String) {
        switch userValue.trimmed().lowercased() {
        case "person", "individual", "people": self = .person
        case "organization", "organisation", "entity", "org": self = .organization
        case "company", "business": self = .company
        case "legalentity", "legal entity": self = .legalEntity
        case "publicbody", "public body": self = .publicBody
        case "vessel", "ship": self = .vessel
        case "aircraft", "plane": self = .aircraft
        case "cryptowallet", "wallet": self = .cryptoWallet
        case "thing", "other": self = .other
        default: return nil
        }
    }

    public static func < (lhs: Schema, rhs: Schema) -> Bool { lhs.rawValue < rhs.rawValue }
}
