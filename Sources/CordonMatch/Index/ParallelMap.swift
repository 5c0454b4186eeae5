import Dispatch

/// Runs an index-build step over both cores. The transform must be pure; each
/// slot of the result is written by exactly one iteration.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], chunks: Int = 8, _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 64 else { return items.map(transform) }
        var results = [R?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            let size = (items.count + chunks - 1) / chunks
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = chunk * size
                let end = min(items.count, start + size)
                guard start < end else { return }
                for i in start..<end { out[i] = transform(items[i]) }
            }
        }
        return results.map { $0! }
    }
}
