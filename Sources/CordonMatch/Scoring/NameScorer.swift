/// Weighted token alignment between a query and a listed name.
///
/// Each side's tokens carry rarity weights (IDF over the index), so sharing
/// "Kim" or "Trading" counts for little and sharing a rare surname for a lot.
/// The score is a weighted Dice coefficient over the aligned units, where a
/// token one side has and the other does not mention costs less once two or more
/// tokens align, as separate pairs or written together (lists carry middle names
/// and patronymics that customers omit; customers add a middle name or a
/// grandfather's name that the list leaves out).
/// A name that shares only common words with the query, or only initials, is
/// capped below any sensible threshold.
enum NameScorer {
    /// Share of its weight an unaligned token costs once two or more tokens align.
    static let unmatchedListedFactor: Float = 0.6
    /// The most a name can score when every word it shares with the query is
    /// common ("Korea", "Trading", "Kim") and the listed name has other words:
    /// shared common words alone never make a match.
    static let commonOnlyCap: Float = 0.7

    static func compare(_ query: PreparedQuery, _ name: IndexedName, index: NameIndex) -> NameComparison {
        var candidates = [AlignedPair]()
        var values = [Float]()
        for (j, unit) in name.units.enumerated() {
            if let hits = query.hits[unit.vocab] {
                for hit in hits {
                    candidates.append(AlignedPair(queryUnit: hit.queryUnit, nameUnit: Int32(j),
                                                  similarity: hit.similarity, reason: hit.reason))
                    values.append(hit.similarity * (query.units[Int(hit.queryUnit)].unit.weight + unit.weight))
                }
            }
        }
        if !query.initialUnits.isEmpty {
            for q in query.initialUnits {
                let qf = query.units[Int(q)].features
                for (j, unit) in name.units.enumerated() {
                    let nf = index.features[Int(unit.vocab)]
                    guard index.singleWeights[Int(unit.vocab)] > 0,
                          let (s, reason) = TokenSimilarity.initial(qf, nf) else { continue }
                    candidates.append(AlignedPair(queryUnit: q, nameUnit: Int32(j), similarity: s, reason: reason))
                    values.append(s * (query.units[Int(q)].unit.weight + unit.weight))
                }
            }
        }
        var order = Array(candidates.indices)
        order.sort { values[$0] > values[$1] }
        var queryMask: UInt64 = 0
        var nameMask: UInt64 = 0
        var matched: Float = 0
        var coveredName: Float = 0
        var pairs = [AlignedPair]()
        for k in order {
            let pair = candidates[k]
            let qUnit = query.units[Int(pair.queryUnit)].unit
            let nUnit = name.units[Int(pair.nameUnit)]
            guard qUnit.mask & queryMask == 0, nUnit.mask & nameMask == 0 else { continue }
            queryMask |= qUnit.mask
            nameMask |= nUnit.mask
            matched += pair.similarity * (qUnit.weight + nUnit.weight)
            coveredName += nUnit.weight
            pairs.append(pair)
        }
        let unmatchedName = max(0, name.totalWeight - coveredName)
        var coveredQuery: Float = 0
        for (p, w) in query.weights.enumerated() where queryMask & (1 << UInt64(p)) != 0 { coveredQuery += w }
        let unmatchedQuery = max(0, query.totalWeight - coveredQuery)
        // Two or more words aligned on each side, as separate pairs or as one pair of two words
        // written together ("ramadan nizar" / "RAMADAN, Nizar Abd-Al-Aziz").
        let aligned = min(queryMask.nonzeroBitCount, nameMask.nonzeroBitCount)
        let factor: Float = aligned >= 2 ? unmatchedListedFactor : 1
        let denominator = coveredQuery + coveredName + factor * (unmatchedQuery + unmatchedName)
        var score = denominator > 0 ? min(1, matched / denominator) : 0
        if score > commonOnlyCap && !pairs.contains(where: { $0.reason != .acronym }) {
            score = commonOnlyCap
        }
        if score > commonOnlyCap && unmatchedName >= index.commonWeight * 0.5 {
            var distinctive = false
            for (p, w) in name.tokenWeights.enumerated() where nameMask & (1 << UInt64(p)) != 0 && w >= index.commonWeight {
                distinctive = true
                break
            }
            if !distinctive { score = commonOnlyCap }
        }
        return NameComparison(score: score, pairs: pairs, queryMask: queryMask, nameMask: nameMask)
    }
}
