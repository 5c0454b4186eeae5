import CordonText

/// How alike two tokens are, and why. Deliberately strict on short tokens:
/// one typo in a three-letter name is a different name (Kim / Kin), whereas
/// romanization keys catch the systematic variants (Kim / Gim, Lee / Ri).
enum TokenSimilarity {
    /// Below this a token pair is not aligned at all.
    static let minimum: Float = 0.5

    static func compare(_ a: TokenFeatures, _ b: TokenFeatures) -> (Float, TokenMatchReason)? {
        if a.isAcronym || b.isAcronym {
            guard a.isAcronym != b.isAcronym, a.scalars == b.scalars else { return nil }
            return (0.9, .acronym)
        }
        if a.scalars == b.scalars { return (1, .exact) }
        if a.isNumber || b.isNumber { return nil }
        if a.koreanKey >= 0 && a.koreanKey == b.koreanKey { return (0.92, .koreanRomanization) }
        if a.isJoined || b.isJoined { return nil }
        if a.arabicKey >= 0 && a.arabicKey == b.arabicKey { return (0.95, .arabicVariant) }
        if a.russianKey >= 0 && a.russianKey == b.russianKey { return (0.92, .russianTransliteration) }
        var phonetic: (Float, TokenMatchReason)? = a.phoneticKey >= 0 && a.phoneticKey == b.phoneticKey ? (0.7, .phonetic) : nil
        if a.stemKey >= 0 && a.stemKey == b.stemKey { phonetic = (0.85, .wordForm) }
        let la = a.scalars.count, lb = b.scalars.count
        let shorter = min(la, lb), longer = max(la, lb)
        guard shorter >= 4 else { return phonetic }
        let allowed = longer >= 8 ? 2 : 1
        guard longer - shorter <= allowed else { return phonetic }
        let distance = a.scalars.withUnsafeBufferPointer { pa in
            b.scalars.withUnsafeBufferPointer { pb in
                StringMetrics.damerauLevenshtein(pa, pb, maxDistance: allowed)
            }
        }
        guard distance <= allowed else { return phonetic }
        let typo = 1 - Float(distance) / Float(longer)
        if let phonetic, phonetic.0 > typo { return phonetic }
        return (typo, .typo)
    }

    /// An initial against a full word ("J" / "John"): only ever used between
    /// tokens of names already aligned on other words, never to find candidates.
    static func initial(_ a: TokenFeatures, _ b: TokenFeatures) -> (Float, TokenMatchReason)? {
        guard !a.isAcronym, !b.isAcronym, !a.isNumber, !b.isNumber,
              (a.scalars.count == 1) != (b.scalars.count == 1),
              let x = a.scalars.first, let y = b.scalars.first, x == y else { return nil }
        return (0.6, .initial)
    }
}
