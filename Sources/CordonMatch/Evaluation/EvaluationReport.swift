/// The figures of one evaluation run, in the form BENCHMARKS.md reports them.
public struct EvaluationReport: Codable, Sendable {
    public var threshold: Double
    public var positives: Int
    public var negatives: Int
    /// Share of positives whose party is the first match (at the threshold).
    public var recallAt1: Double
    /// Share of positives whose party is among the first ten matches (at the threshold).
    public var recallAt10: Double
    /// Share of negatives with any match at or above the threshold.
    public var falsePositiveRate: Double
    /// Positives not found in the first ten, and negatives that matched, for inspection.
    public var misses: [String]
    public var falsePositives: [String]
}
