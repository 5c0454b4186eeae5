import CordonModel

/// Screens names against every listed name and alias of a set of list snapshots.
///
/// Built once (index construction analyzes and romanizes every name, which is
/// the expensive part) and then shared: it is immutable and `Sendable`, so any
/// number of tasks can screen concurrently against one instance.
public struct Screener: Sendable {
    let index: NameIndex

    /// A name alone never scores above this: certainty needs corroborating
    /// evidence (birth date, country, identifier), which adds on top.
    public static let nameOnlyCeiling = 0.9

    /// A name score at or above this is never dropped because evidence lowered it.
    public static let strongNameScore = 0.92

    /// The threshold used when none is given, per algorithm. Cordon's is set from
    /// the evaluation in Tests/Fixtures/matching; OFAC's is the Sanctions List
    /// Search default of 85.
    public static func defaultThreshold(for algorithm: ScreeningAlgorithm) -> Double {
        switch algorithm {
        case .cordon: 0.72
        case .ofac: 0.85
        }
    }

    /// - Parameter excluding: names to leave out of the index (evaluation holds them out).
    public init(snapshots: [ListSnapshot], excluding: Set<NameReference> = []) {
        index = NameIndex(snapshots: snapshots, excluding: excluding)
    }

    /// A listed party by id, from the lists this screener was built on.
    public func entity(_ id: EntityID) -> Entity? {
        index.entityPositions[id].map { index.entities[$0] }
    }

    public var entityCount: Int { index.entities.count }
    /// Indexed name forms (names and aliases in their listed and romanized forms).
    public var nameFormCount: Int { index.names.count }
    public var vocabularyCount: Int { index.vocabulary.count }

    /// Matches for one query, best first.
    ///
    /// - Parameters:
    ///   - threshold: minimum score in [0, 1]; nil for `defaultThreshold(for:)`.
    ///   - limit: the most matches returned.
    public func screen(_ query: ScreeningQuery, threshold: Double? = nil, limit: Int = 10,
                       algorithm: ScreeningAlgorithm = .cordon) -> [ScreeningMatch] {
        screen(query, threshold: threshold ?? Self.defaultThreshold(for: algorithm), limit: limit,
               algorithm: algorithm, search: CandidateSearch())
    }

    /// Same as `screen` but scoring every indexed name that shares any similar
    /// token, without blocking: the reference for measuring blocking recall.
    public func screenExhaustively(_ query: ScreeningQuery, threshold: Double? = nil, limit: Int = 10) -> [ScreeningMatch] {
        screen(query, threshold: threshold ?? Self.defaultThreshold(for: .cordon), limit: limit,
               algorithm: .cordon, search: CandidateSearch(exhaustive: true))
    }

    private struct Best {
        var rank: Float
        var name: Int32
        var form: Int
        var comparison: NameComparison
    }

    func screen(_ query: ScreeningQuery, threshold: Double, limit: Int, algorithm: ScreeningAlgorithm,
                search: CandidateSearch) -> [ScreeningMatch] {
        let forms = NameAnalyzer().forms(of: query.name)
        guard !forms.isEmpty, limit > 0 else { return [] }
        let acronyms = query.schema != .person
        let prepared = forms.map { PreparedQuery(form: $0, index: index, acronyms: acronyms, exhaustive: search.exhaustive) }
        if algorithm == .ofac {
            return screenOFAC(query, prepared: prepared, threshold: threshold, limit: limit, search: search)
        }
        var best = [Int32: Best]()
        for (f, p) in prepared.enumerated() {
            for nameID in search.candidates(for: p, in: index) {
                let name = index.names[Int(nameID)]
                let comparison = NameScorer.compare(p, name, index: index)
                guard comparison.score > 0 else { continue }
                let rank = comparison.score - (name.isWeak ? 0.09 : 0)
                if let current = best[name.entity], current.rank >= rank { continue }
                best[name.entity] = Best(rank: rank, name: nameID, form: f, comparison: comparison)
            }
        }
        var matches = [ScreeningMatch]()
        for (entityIndex, hit) in best {
            let nameScore = Double(hit.comparison.score)
            let nameOnly = Self.nameOnlyCeiling * nameScore
            if nameOnly < threshold - 0.2 { continue }
            let entity = index.entities[Int(entityIndex)]
            let name = index.names[Int(hit.name)]
            let adjustments = EvidenceScorer.adjustments(for: query, entity: entity, weakAlias: name.isWeak)
            let score = min(1, max(0, nameOnly + adjustments.reduce(0) { $0 + $1.delta }))
            var kept = false
            if score < threshold {
                guard nameScore >= Self.strongNameScore, nameOnly >= threshold else { continue }
                kept = true
            }
            let explanation = explain(prepared[hit.form], name: name, entity: entity, comparison: hit.comparison,
                                      adjustments: adjustments, kept: kept)
            matches.append(match(entity: entity, entityIndex: entityIndex, score: score, explanation: explanation))
        }
        return Self.ranked(matches, limit: limit)
    }

    static func ranked(_ matches: [ScreeningMatch], limit: Int) -> [ScreeningMatch] {
        let sorted = matches.sorted {
            $0.score != $1.score ? $0.score > $1.score
                : ($0.explanation.nameScore != $1.explanation.nameScore ? $0.explanation.nameScore > $1.explanation.nameScore
                   : $0.entityId < $1.entityId)
        }
        return Array(sorted.prefix(limit))
    }

    func match(entity: Entity, entityIndex: Int32, score: Double, explanation: MatchExplanation) -> ScreeningMatch {
        ScreeningMatch(entityId: entity.id, caption: entity.caption, schema: entity.schema, programs: entity.programs,
                       score: (score * 1000).rounded() / 1000, matchedName: explanation.listedName,
                       explanation: explanation, listVersion: index.versions[Int(index.entityVersion[Int(entityIndex)])])
    }

    private func explain(_ query: PreparedQuery, name: IndexedName, entity: Entity, comparison: NameComparison,
                         adjustments: [ScoreAdjustment], kept: Bool) -> MatchExplanation {
        func queryText(_ mask: UInt64) -> String {
            query.form.tokens.enumerated().filter { mask & (1 << UInt64($0.offset)) != 0 }.map(\.element.text).joined(separator: " ")
        }
        func nameText(_ mask: UInt64) -> String {
            name.tokens.enumerated().filter { mask & (1 << UInt64($0.offset)) != 0 }
                .map { index.text(ofVocabulary: $0.element) }.joined(separator: " ")
        }
        let alignment = comparison.pairs.map { pair in
            TokenAlignment(query: queryText(query.units[Int(pair.queryUnit)].unit.mask),
                           listed: nameText(name.units[Int(pair.nameUnit)].mask),
                           similarity: (Double(pair.similarity) * 1000).rounded() / 1000, reason: pair.reason)
        }
        let listed = entity.names[Int(name.nameIndex)]
        let allQuery: UInt64 = query.form.tokens.count == 64 ? .max : (1 << UInt64(query.form.tokens.count)) - 1
        let allName: UInt64 = name.tokens.count == 64 ? .max : (1 << UInt64(name.tokens.count)) - 1
        let unmatchedQuery = queryText(allQuery & ~comparison.queryMask)
        let unmatchedName = nameText(allName & ~comparison.nameMask)
        return MatchExplanation(
            algorithm: .cordon, queryForm: query.form.text, listedName: listed.full,
            comparedForm: name.isTransliterated ? name.form : nil, nameKind: listed.kind, weakAlias: listed.isWeak,
            nameScore: (Double(comparison.score) * 1000).rounded() / 1000, alignment: alignment,
            unmatchedQueryTokens: unmatchedQuery.isEmpty ? [] : unmatchedQuery.split(separator: " ").map(String.init),
            unmatchedListedTokens: unmatchedName.isEmpty ? [] : unmatchedName.split(separator: " ").map(String.init),
            adjustments: adjustments, keptBelowThreshold: kept)
    }
}

extension Screener {
    func screenOFAC(_ query: ScreeningQuery, prepared: [PreparedQuery], threshold: Double, limit: Int,
                    search: CandidateSearch) -> [ScreeningMatch] {
        let scorer = OFACScorer()
        var wide = search
        wide.limit = max(search.limit, 200)
        wide.minNewFraction = 0
        var best = [Int32: (score: Double, name: Int32, form: Int)]()
        for (f, p) in prepared.enumerated() {
            let q = scorer.normalized(p.form.text)
            for nameID in wide.candidates(for: p, in: index) {
                let name = index.names[Int(nameID)]
                let listed = index.entities[Int(name.entity)].names[Int(name.nameIndex)]
                let text = name.isTransliterated ? name.form : listed.full
                let score = scorer.score(normalizedQuery: q, normalizedListed: scorer.normalized(text))
                if let current = best[name.entity], current.score >= score { continue }
                best[name.entity] = (score, nameID, f)
            }
        }
        var matches = [ScreeningMatch]()
        for (entityIndex, hit) in best where hit.score >= threshold {
            let entity = index.entities[Int(entityIndex)]
            let name = index.names[Int(hit.name)]
            let listed = entity.names[Int(name.nameIndex)]
            let explanation = MatchExplanation(
                algorithm: .ofac, queryForm: prepared[hit.form].form.text, listedName: listed.full,
                comparedForm: name.isTransliterated ? name.form : nil, nameKind: listed.kind, weakAlias: listed.isWeak,
                nameScore: (hit.score * 1000).rounded() / 1000, alignment: [], unmatchedQueryTokens: [],
                unmatchedListedTokens: [], adjustments: [])
            matches.append(match(entity: entity, entityIndex: entityIndex, score: hit.score, explanation: explanation))
        }
        return Self.ranked(matches, limit: limit)
    }
}
