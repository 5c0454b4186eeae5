import CordonModel
import Foundation

/// Measures screening quality on a labeled set, so the figures in
/// BENCHMARKS.md come from code anyone can rerun rather than from a claim.
public enum ScreeningEvaluation {
    /// Builds a screener without the held-out names, runs every case at
    /// `threshold` (default: Cordon's), and counts recall@1, recall@10 and the
    /// false-positive rate.
    public static func run(cases: [EvaluationCase], snapshots: [ListSnapshot], threshold: Double? = nil) -> EvaluationReport {
        let excluded = Set(cases.compactMap { c in c.expected.flatMap { id in c.heldOut.map { NameReference(entity: id, name: $0) } } })
        let screener = Screener(snapshots: snapshots, excluding: excluded)
        return run(cases: cases, screener: screener, threshold: threshold)
    }

    /// Runs the cases against a screener that already leaves the held-out names out.
    public static func run(cases: [EvaluationCase], screener: Screener, threshold: Double? = nil) -> EvaluationReport {
        let threshold = threshold ?? Screener.defaultThreshold(for: .cordon)
        var positives = 0, negatives = 0, at1 = 0, at10 = 0, falsePositives = 0
        var misses = [String](), hits = [String]()
        for c in cases {
            let matches = screener.screen(ScreeningQuery(name: c.query), threshold: threshold, limit: 10)
            switch c.kind {
            case .positive:
                positives += 1
                guard let expected = c.expected else { continue }
                let ranked = matches.filter { $0.entityId == expected || !isSameParty($0.entityId, as: expected, screener: screener) }
                if let rank = ranked.firstIndex(where: { $0.entityId == expected }) {
                    at10 += 1
                    if rank == 0 { at1 += 1 } else {
                        misses.append("rank \(rank + 1): \(c.query) → \(expected), first \(ranked[0].entityId) \(ranked[0].matchedName)")
                    }
                } else {
                    misses.append("missed: \(c.query) → \(expected) (\(c.origin))")
                }
            case .negative:
                negatives += 1
                if let first = matches.first {
                    falsePositives += 1
                    hits.append("\(c.query) → \(first.entityId) \(first.matchedName) \(first.score)")
                }
            }
        }
        return EvaluationReport(
            threshold: threshold, positives: positives, negatives: negatives,
            recallAt1: positives == 0 ? 0 : Double(at1) / Double(positives),
            recallAt10: positives == 0 ? 0 : Double(at10) / Double(positives),
            falsePositiveRate: negatives == 0 ? 0 : Double(falsePositives) / Double(negatives),
            misses: misses, falsePositives: hits)
    }

    /// The same party listed on another list (OFAC SDN and consolidated, OFAC
    /// and UN): a different source and a name that folds to one of the expected
    /// party's names. Ranking it first is right, so it does not count against
    /// the expected entity's rank.
    static func isSameParty(_ other: EntityID, as expected: EntityID, screener: Screener) -> Bool {
        guard other.source != expected.source, let a = screener.entity(other), let b = screener.entity(expected) else { return false }
        let names = Set(b.names.map { EvaluationSetBuilder.fold($0.full) })
        return a.names.contains { names.contains(EvaluationSetBuilder.fold($0.full)) }
    }

    /// Compares blocked screening with exhaustive scoring on the same queries.
    public static func blockingRecall(queries: [String], screener: Screener, threshold: Double? = nil) -> BlockingReport {
        let threshold = threshold ?? Screener.defaultThreshold(for: .cordon)
        var exhaustive = 0, found = 0
        var lost = [String]()
        for q in queries {
            let query = ScreeningQuery(name: q)
            let reference = screener.screenExhaustively(query, threshold: threshold, limit: 1_000)
            let blocked = Set(screener.screen(query, threshold: threshold, limit: 1_000).map(\.entityId))
            exhaustive += reference.count
            for m in reference {
                if blocked.contains(m.entityId) { found += 1 } else { lost.append("\(q) → \(m.entityId) \(m.matchedName) \(m.score)") }
            }
        }
        return BlockingReport(queries: queries.count, exhaustiveMatches: exhaustive, blockedMatches: found,
                              recall: exhaustive == 0 ? 1 : Double(found) / Double(exhaustive), lost: lost)
    }

    /// Reads an evaluation set written as JSON lines.
    public static func load(jsonLines text: String) throws -> [EvaluationCase] {
        let decoder = JSONDecoder()
        return try text.split(whereSeparator: \.isNewline).map { try decoder.decode(EvaluationCase.self, from: Data($0.utf8)) }
    }

    /// Writes an evaluation set as JSON lines, one case per line, keys sorted.
    public static func jsonLines(_ cases: [EvaluationCase]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try cases.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: "\n") + "\n"
    }
}
