import CordonMatch
import Foundation

/// Streams a batch through the screener in chunks: each chunk is screened on
/// both cores, then written in input order before the next one starts, so
/// memory stays flat and output appears as the run progresses.
struct BatchRun {
    let screening: BatchScreening
    var chunkSize = 2_000

    func run(_ file: BatchInputFile, outputPath: String?) async throws {
        let sink = try OutputSink(path: outputPath)
        defer { try? sink.close() }

        let total = file.lines.count
        let showProgress = isatty(STDERR_FILENO) == 1 || total > 1_000
        var reader = BatchReader(format: file.format)
        var pending = [BatchItem]()
        var done = 0
        let started = Date()

        func flush() async throws {
            guard !pending.isEmpty else { return }
            let results = await screening.run(pending)
            var out = ""
            for result in results { out += try JSONOutput.string(result, pretty: false) + "\n" }
            try sink.write(out)
            done += pending.count
            pending.removeAll(keepingCapacity: true)
        }

        for (i, line) in file.lines.enumerated() {
            do {
                if let item = try reader.read(String(line), lineNumber: i + 1) { pending.append(item) }
            } catch {
                throw CommandFailure("\(file.path): \(error.description)")
            }
            if pending.count >= chunkSize {
                try await flush()
                if showProgress {
                    let rate = Double(done) / max(Date().timeIntervalSince(started), 0.001)
                    FileHandleOutput.warn("screened \(done) queries (line \(i + 1) of \(total)), \(Int(rate))/s")
                }
            }
        }
        try await flush()
        if showProgress {
            FileHandleOutput.warn("screened \(done) queries in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        }
    }
}
