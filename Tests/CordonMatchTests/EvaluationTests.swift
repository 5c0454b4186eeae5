import CordonMatch
import CordonModel
import Foundation
import Testing

/// Recall and false positives on the labeled set in Tests/Fixtures/matching
/// (how it was made: README.md there). Floors sit below the measured figures
/// so a regression fails the build; the figures themselves are printed.
@Suite struct EvaluationTests {
    static let file = SharedScreener.matchingFixtures.appendingPathComponent("evaluation_set.jsonl")

    /// Regenerates the set when CORDON_WRITE_EVALUATION_SET=1 (the file is committed; the generator is seeded).
    @Test func regenerateWhenAsked() throws {
        guard ProcessInfo.processInfo.environment["CORDON_WRITE_EVALUATION_SET"] == "1" else { return }
        let cases = EvaluationSetBuilder.build(snapshots: SharedScreener.snapshots)
        try ScreeningEvaluation.jsonLines(cases).write(to: Self.file, atomically: true, encoding: .utf8)
    }

    static func cases() throws -> [EvaluationCase] {
        try ScreeningEvaluation.load(jsonLines: String(contentsOf: file, encoding: .utf8))
    }

    @Test func setIsWellFormed() throws {
        let cases = try Self.cases()
        let positives = cases.filter { $0.kind == .positive }
        #expect(positives.count >= 300)
        #expect(cases.count - positives.count >= 1_000)
        for c in positives {
            let id = try #require(c.expected)
            let entity = try #require(SharedScreener.entity(id.description), "\(id) is not on the bundled lists")
            #expect(entity.names.contains { $0.full == c.heldOut }, "\(id) has no name \(c.heldOut ?? "")")
        }
    }

    @Test func recallAndFalsePositives() throws {
        let report = ScreeningEvaluation.run(cases: try Self.cases(), snapshots: SharedScreener.snapshots)
        print(String(format: "evaluation at threshold %.2f: %d positives, %d negatives; recall@1 %.4f, recall@10 %.4f, false positives %.4f",
                     report.threshold, report.positives, report.negatives, report.recallAt1, report.recallAt10, report.falsePositiveRate))
        for line in report.misses.prefix(40) { print("  " + line) }
        for line in report.falsePositives.prefix(40) { print("  FP " + line) }
        // Measured on this set: recall@1 0.915, recall@10 0.930, false positives 0.3%.
        // The issue's targets (0.95 / 0.99 / 0.5%) are not reached yet; these floors catch regressions.
        #expect(report.recallAt10 >= 0.92)
        #expect(report.recallAt1 >= 0.90)
        #expect(report.falsePositiveRate <= 0.006)
    }

    @Test func blockingRecall() throws {
        let cases = try Self.cases()
        let queries = cases.filter { $0.kind == .positive }.prefix(80).map(\.query)
            + cases.filter { $0.kind == .negative }.prefix(40).map(\.query)
        let report = ScreeningEvaluation.blockingRecall(queries: Array(queries), screener: SharedScreener.screener)
        print(String(format: "blocking recall %.4f (%d of %d matches at the default threshold over %d queries)",
                     report.recall, report.blockedMatches, report.exhaustiveMatches, report.queries))
        for line in report.lost.prefix(20) { print("  lost " + line) }
        #expect(report.recall >= 0.97)
    }
}
