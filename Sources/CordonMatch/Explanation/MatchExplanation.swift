import CordonModel

/// Everything needed to justify (or dismiss) a hit without re-running the
/// engine: which listed name matched, in which written form, how the words
/// lined up, and each evidence adjustment with its reason.
public struct MatchExplanation: Codable, Sendable, Hashable {
    public var algorithm: ScreeningAlgorithm
    /// The query as compared (a romanized form when the query was in another script).
    public var queryForm: String
    /// The listed name as the list prints it.
    public var listedName: String
    /// The form actually compared, when it differs from `listedName` (a romanization of "김 상만").
    public var comparedForm: String?
    public var nameKind: NameKind
    public var weakAlias: Bool
    /// The name similarity before evidence, in [0, 1].
    public var nameScore: Double
    public var alignment: [TokenAlignment]
    public var unmatchedQueryTokens: [String]
    public var unmatchedListedTokens: [String]
    public var adjustments: [ScoreAdjustment]
    /// True when evidence pushed a strong name match under the threshold: it is
    /// still reported, so no strong name hit disappears without a reviewer seeing why.
    public var keptBelowThreshold: Bool

    public init(algorithm: ScreeningAlgorithm, queryForm: String, listedName: String, comparedForm: String?,
                nameKind: NameKind, weakAlias: Bool, nameScore: Double, alignment: [TokenAlignment],
                unmatchedQueryTokens: [String], unmatchedListedTokens: [String], adjustments: [ScoreAdjustment],
                keptBelowThreshold: Bool = false) {
        self.algorithm = algorithm
        self.queryForm = queryForm
        self.listedName = listedName
        self.comparedForm = comparedForm
        self.nameKind = nameKind
        self.weakAlias = weakAlias
        self.nameScore = nameScore
        self.alignment = alignment
        self.unmatchedQueryTokens = unmatchedQueryTokens
        self.unmatchedListedTokens = unmatchedListedTokens
        self.adjustments = adjustments
        self.keptBelowThreshold = keptBelowThreshold
    }
}
