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

    public init(prefixScale: Double, ignoredTokenLength: Int, weakestWordWeight: Double, soundexScore: Double) {
        self.prefixScale = prefixScale
        self.ignoredTokenLength = ignoredTokenLength
        self.weakestWordWeight = weakestWordWeight
        self.soundexScore = soundexScore
    }

    public static let fitted = OFACParameters(prefixScale: 0.12, ignoredTokenLength: 3, weakestWordWeight: 0.85, soundexScore: 0)
}
