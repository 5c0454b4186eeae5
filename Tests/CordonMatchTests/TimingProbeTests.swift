import CordonMatch
import Foundation
import Testing

/// Rough timings for the report when $CORDON_TIMING is set; the lead's
/// benchmark target gives the real figures (release build, no test harness).
@Suite struct TimingProbeTests {
    static func residentMB() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = text.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
        return pages * 4096 / 1_048_576
    }

    @Test func timing() throws {
        guard ProcessInfo.processInfo.environment["CORDON_TIMING"] != nil else { return }
        let snapshots = SharedScreener.snapshots
        let before = Self.residentMB()
        var start = Date()
        let screener = Screener(snapshots: snapshots)
        let build = Date().timeIntervalSince(start)
        let after = Self.residentMB()
        let queries = try EvaluationTests.cases().map(\.query)
        var times = [Double]()
        for q in queries {
            start = Date()
            _ = screener.screen(ScreeningQuery(name: q))
            times.append(Date().timeIntervalSince(start) * 1000)
        }
        times.sort()
        print(String(format: "index build %.2f s, resident +%.0f MB (%.0f → %.0f); %d queries: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms",
                     build, after - before, before, after, times.count, times[times.count / 2], times[times.count * 9 / 10],
                     times[times.count * 99 / 100], times.last!))
    }
}
