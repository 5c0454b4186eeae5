/// One change to the name score and the evidence behind it, so a reviewer can
/// see exactly why a hit ranks where it does.
public struct ScoreAdjustment: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        case birthDateMatch
        case birthDateMismatch
        case countryMatch
        case countryMismatch
        case schemaMatch
        case schemaMismatch
        case identifierMatch
        case weakAlias
    }

    public var kind: Kind
    /// Added to the score (negative lowers it).
    public var delta: Double
    public var reason: String

    public init(kind: Kind, delta: Double, reason: String) {
        self.kind = kind
        self.delta = delta
        self.reason = reason
    }
}
