import CordonModel

/// One labeled query of an evaluation set: a held-out listed name that must
/// find its party, or a real-looking name that must find nothing.
public struct EvaluationCase: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        case positive
        case negative
    }

    public var kind: Kind
    public var query: String
    /// The party a positive query must find.
    public var expected: EntityID?
    /// The listed name removed from the index for this query (positives only).
    public var heldOut: String?
    /// How the case was made ("other-script", "spelling-variant", "recombined").
    public var origin: String

    public init(kind: Kind, query: String, expected: EntityID? = nil, heldOut: String? = nil, origin: String) {
        self.kind = kind
        self.query = query
        self.expected = expected
        self.heldOut = heldOut
        self.origin = origin
    }
}
