/// The free constants of the Sanctions List Search model. OFAC does not
/// publish them; `OFACCalibration` fits them to observed SLS scores, and
/// `fitted` holds the result of that fit on the training half of
/// Tests/Fixtures/matching/sls_observed_scores.csv.
public struct OFACParameters: Codable, Sendable, Hashable {
    /// Jaro–Winkler prefix scale.
    public var prefixScale: Double
    /// Query words this short or shorter are ignored in the name-part comparison
    /// (SLS gives "J.P. MORGAN" 100 against "MORGAN HUERTA, Jose Arnoldo").
    public var ignoredTokenLength: Int
    /// Blend of the weakest and the average query-word score in the name-part comparison.
    public var weakestWordWeight: Double
    /// Score given to a word pair whose Soundex codes agree when Jaro–Winkler is lower; 0 disables it.
    public var soundexScore: Double
    /// Weight of the whole query compared with the listed name's leading part (the surname of
    /// "VLADIMIROV, Nikolai", the first word of "VLADIMIROVKA ADVANCED WEAPONS…"); 0 disables it.
    /// SLS scores "VLADIMIR PUTIN" 84 against "VLADIMIROV, Nikolai Nikolayevich" although no
    /// query word and not the whole name come close.
    public var leadingPartWeight: Double

    public init(prefixScale: Double, ignoredTokenLength: Int, weakestWordWeight: Double, soundexScore: Double,
                leadingPartWeight: Double = 0) {
        self.prefixScale = prefixScale
        self.ignoredTokenLength = ignoredTokenLength
        self.weakestWordWeight = weakestWordWeight
        self.soundexScore = soundexScore
        self.leadingPartWeight = leadingPartWeight
    }

    public static let fitted = OFACParameters(prefixScale: 0.1, ignoredTokenLength: 3, weakestWordWeight: 0.85, soundexScore: 0.85,
                                              leadingPartWeight: 0.97)
}
