/// Blocking: turns a prepared query into the few indexed names worth scoring.
///
/// Query units are visited heaviest first; once the tokens not yet visited could
/// no longer carry a name to a match on their own (less than `minNewFraction`
/// of the query's weight), they only add to names already found. That keeps a
/// shared "Kim" or "Company" from dragging thousands of names into scoring.
struct CandidateSearch: Sendable {
    var limit = 64
    var minNewFraction: Float = 0.3
    var exhaustive = false

    func candidates(for query: PreparedQuery, in index: NameIndex) -> [Int32] {
        var perUnit = [[(Int32, Float)]](repeating: [], count: query.units.count)
        for (vocab, hits) in query.hits {
            for hit in hits { perUnit[Int(hit.queryUnit)].append((vocab, hit.similarity)) }
        }
        let order = query.units.indices.sorted { query.units[$0].unit.weight > query.units[$1].unit.weight }
        var accumulated = [Int32: Float]()
        var covered: UInt64 = 0
        for u in order {
            let unit = query.units[u].unit
            var remaining: Float = 0
            for (p, w) in query.weights.enumerated() where covered & (1 << UInt64(p)) == 0 { remaining += w }
            let allowNew = exhaustive || (unit.kind != .acronym && remaining >= minNewFraction * query.totalWeight)
            for (vocab, similarity) in perUnit[u] {
                let gain = similarity * unit.weight
                for name in index.postings[Int(vocab)] {
                    if allowNew {
                        accumulated[name, default: 0] += gain
                    } else if let value = accumulated[name] {
                        accumulated[name] = value + gain
                    }
                }
            }
            if unit.kind == .single { covered |= unit.mask }
        }
        if exhaustive { return Array(accumulated.keys) }
        var ranked = accumulated.map { (name: $0.key, estimate: 2 * $0.value / (query.totalWeight + index.names[Int($0.key)].totalWeight)) }
        if ranked.count > limit {
            ranked.sort { $0.estimate > $1.estimate }
            ranked.removeLast(ranked.count - limit)
        }
        return ranked.map(\.name)
    }
}
