import CordonMatch
import CordonModel
import CordonSources
import Foundation

/// Issue 3's targets: index build ≤ 2 s, index memory ≤ 400 MB, one query p50 ≤ 0.2 ms and
/// p99 ≤ 2 ms, a batch at ≥ 10,000 names/s on both cores; and the evaluation's quality figures.
enum ScreeningBenchmark {
    static func run(evaluationSet: String, batchSize: Int) async throws {
        let snapshots = try ListLoader.load(paths: ListDirectory.standard().defaultListPaths())
        let before = ProcessMemory.currentMB
        let (screener, buildSeconds) = Stopwatch.time { Screener(snapshots: snapshots) }
        let indexMB = ProcessMemory.currentMB - before
        print(String(format: "screen: index of %d entities, %d name forms built in %.2f s, +%.0f MB resident",
                     screener.entityCount, screener.nameFormCount, buildSeconds, indexMB))
        let text = try String(contentsOfFile: evaluationSet, encoding: .utf8)
        let cases = try ScreeningEvaluation.load(jsonLines: text)
        let queries = cases.map(\.query)
        var latencies: [Double] = []
        for query in queries + queries {
            let (_, seconds) = Stopwatch.time { screener.screen(ScreeningQuery(name: query)) }
            latencies.append(seconds * 1000)
        }
        latencies.sort()
        print(String(format: "  one query, in process (%d queries): p50 %.3f ms, p99 %.3f ms, max %.2f ms",
                     latencies.count, Stopwatch.percentile(latencies, 0.5), Stopwatch.percentile(latencies, 0.99), latencies.last ?? 0))
        let items = (0..<batchSize).map { BatchItem(id: "q\($0)", line: $0 + 1, query: .success(ScreeningQuery(name: queries[$0 % queries.count]))) }
        let batch = BatchScreening(screener: screener, concurrency: 2)
        let start = Date()
        let results = await batch.run(items)
        let batchSeconds = Date().timeIntervalSince(start)
        print(String(format: "  batch of %d names on 2 cores: %.0f names/s (%d results)", batchSize, Double(batchSize) / batchSeconds, results.count))
        let (report, evaluationSeconds) = Stopwatch.time { ScreeningEvaluation.run(cases: cases, snapshots: snapshots) }
        print(String(format: "  evaluation (%d positives, %d negatives, threshold %.2f): recall@1 %.3f, recall@10 %.3f, false positives %.2f%% (%.0f s)",
                     report.positives, report.negatives, report.threshold, report.recallAt1, report.recallAt10,
                     report.falsePositiveRate * 100, evaluationSeconds))
    }
}
