import CordonMatch
import CordonModel
import Foundation
import Testing

/// Prints what the screener returns for the names in $CORDON_PROBE (separated
/// by "|"); a no-op otherwise. A development aid for tuning, not an assertion.
@Suite struct ProbeTests {
    @Test func probe() throws {
        guard let text = ProcessInfo.processInfo.environment["CORDON_PROBE"] else { return }
        var start = Date()
        let snapshots = SharedScreener.snapshots
        print("lists loaded in \(Date().timeIntervalSince(start)) s")
        start = Date()
        var screener = SharedScreener.screener
        if ProcessInfo.processInfo.environment["CORDON_PROBE_HELD_OUT"] == "1" {
            let cases = try EvaluationTests.cases()
            screener = Screener(snapshots: snapshots, excluding: Set(cases.compactMap { c in
                c.expected.flatMap { id in c.heldOut.map { NameReference(entity: id, name: $0) } } }))
        }
        print("index ready in \(Date().timeIntervalSince(start)) s: \(screener.entityCount) entities, \(screener.nameFormCount) name forms, \(screener.vocabularyCount) vocabulary, \(snapshots.count) lists")
        for name in text.split(separator: "|") {
            let query = ScreeningQuery(name: String(name))
            let t = Date()
            let matches = screener.screen(query, threshold: 0.3, limit: 5)
            let ms = Date().timeIntervalSince(t) * 1000
            print("== \(name) \(String(format: "%.2f", ms)) ms")
            for m in matches {
                print(String(format: "  %.3f %.3f ", m.score, m.explanation.nameScore), m.entityId, m.matchedName, m.explanation.comparedForm ?? "", m.explanation.alignment.map { "\($0.query)~\($0.listed):\($0.reason.rawValue)" })
            }
        }
    }
}

