import CordonModel
import CordonSources
import Foundation

/// Issue 2's target: the 121 MB SDN advanced XML into entities in ≤ 3 s and ≤ 600 MB peak.
enum ParseBenchmark {
    static func run(runs: Int) throws {
        let compressed = ListDirectory.standard().defaultListPaths().first { $0.contains("sdn_advanced") }
        guard let compressed else { throw CocoaError(.fileNoSuchFile) }
        let plain = FileManager.default.temporaryDirectory.appendingPathComponent("cordon-bench-sdn.xml")
        let file = try ListFile(path: compressed)
        try Data(file.bytes).write(to: plain)
        print("parse: \(file.bytes.count / 1_000_000) MB of XML, \(runs) runs, release build")
        var fromPlain: [Double] = []
        var fromGzip: [Double] = []
        var cpuPlain: [Double] = []
        var entities = 0
        for _ in 0..<runs {
            let cpuBefore = ProcessMemory.cpuSeconds
            let (snapshots, seconds) = try Stopwatch.time { try ListLoader.load(paths: [plain.path]) }
            cpuPlain.append(ProcessMemory.cpuSeconds - cpuBefore)
            entities = snapshots.first?.entities.count ?? 0
            fromPlain.append(seconds)
            let (_, gzipSeconds) = try Stopwatch.time { try ListLoader.load(paths: [compressed]) }
            fromGzip.append(gzipSeconds)
        }
        try? FileManager.default.removeItem(at: plain)
        print(String(format: "  plain XML → %d entities (read, parse, sha256): best %.2f s, median %.2f s",
                     entities, fromPlain.min() ?? 0, fromPlain.sorted()[fromPlain.count / 2]))
        print(String(format: "  plain XML, CPU time (parse thread + hashing thread): best %.2f s", cpuPlain.min() ?? 0))
        print(String(format: "  bundled .xml.gz (adds gunzip):               best %.2f s, median %.2f s",
                     fromGzip.min() ?? 0, fromGzip.sorted()[fromGzip.count / 2]))
        print(String(format: "  peak resident memory of this process: %.0f MB", ProcessMemory.peakMB))
    }
}
