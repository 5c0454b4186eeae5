/// Screens a batch of items on several tasks while keeping input order.
///
/// The screener is immutable, so the batch is cut into contiguous slices, one
/// per task, and the slices are put back together in order.
public struct BatchScreening: Sendable {
    public var screener: Screener
    public var threshold: Double?
    public var limit: Int
    public var algorithm: ScreeningAlgorithm
    public var concurrency: Int

    public init(screener: Screener, threshold: Double? = nil, limit: Int = 10,
                algorithm: ScreeningAlgorithm = .cordon, concurrency: Int = 2) {
        self.screener = screener
        self.threshold = threshold
        self.limit = limit
        self.algorithm = algorithm
        self.concurrency = max(1, concurrency)
    }

    public func result(for item: BatchItem) -> BatchResult {
        switch item.query {
        case .success(let query):
            BatchResult(id: item.id, matches: screener.screen(query, threshold: threshold, limit: limit, algorithm: algorithm))
        case .failure(let error):
            BatchResult(id: item.id, error: error.description)
        }
    }

    /// Results in the order of `items`.
    public func run(_ items: [BatchItem]) async -> [BatchResult] {
        guard items.count > 1, concurrency > 1 else { return items.map(result(for:)) }
        let slices = min(concurrency, items.count)
        let size = (items.count + slices - 1) / slices
        return await withTaskGroup(of: (Int, [BatchResult]).self) { group in
            for s in 0..<slices {
                let range = (s * size)..<min(items.count, (s + 1) * size)
                guard !range.isEmpty else { continue }
                let slice = Array(items[range])
                group.addTask { (s, slice.map(result(for:))) }
            }
            var parts = [[BatchResult]](repeating: [], count: slices)
            for await (s, results) in group { parts[s] = results }
            return parts.flatMap { $0 }
        }
    }
}
