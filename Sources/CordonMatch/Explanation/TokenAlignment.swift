/// One aligned pair: query word(s) against listed word(s). Joined and split
/// words ("Sangman" / "Sang Man") appear as one pair covering several tokens.
public struct TokenAlignment: Codable, Sendable, Hashable {
    public var query: String
    public var listed: String
    public var similarity: Double
    public var reason: TokenMatchReason

    public init(query: String, listed: String, similarity: Double, reason: TokenMatchReason) {
        self.query = query
        self.listed = listed
        self.similarity = similarity
        self.reason = reason
    }
}
