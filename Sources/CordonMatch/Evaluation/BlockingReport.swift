/// How much the candidate index loses against scoring every name: the share of
/// (query, party) matches above the threshold that blocking still finds.
public struct BlockingReport: Codable, Sendable {
    public var queries: Int
    public var exhaustiveMatches: Int
    public var blockedMatches: Int
    public var recall: Double
    public var lost: [String]
}
