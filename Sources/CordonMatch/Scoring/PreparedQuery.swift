/// One written form of a query, analyzed against an index: units, weights,
/// and for every similar vocabulary unit the query units it resembles. Built
/// once per query form, so scoring a candidate is table lookups and arithmetic.
struct PreparedQuery: Sendable {
    var form: NameForm
    var weights: [Float]
    var units: [PreparedUnit]
    var totalWeight: Float
    /// Vocabulary id → the query units it is similar to.
    var hits: [Int32: [VocabularyHit]]
    /// Query units that are single letters, checked as initials against every candidate.
    var initialUnits: [Int32]

    init(form: NameForm, index: NameIndex, acronyms: Bool, exhaustive: Bool) {
        self.form = form
        var weights = form.tokens.map { token -> Float in
            switch token.role {
            case .legalForm: return NameIndex.legalFormWeight
            case .word, .number, .particle:
                let known = index.vocabIDs[token.text].map { index.singleWeights[Int($0)] } ?? 0
                let w = known > 0 ? known : index.unknownWeight
                return token.role == .particle ? min(w, 1) : w
            }
        }
        var units = NameUnit.units(of: form.tokens, weights: weights, acronyms: acronyms)
            .map { PreparedUnit(unit: $0, features: index.features(of: $0)) }
        var hits = [Int32: [VocabularyHit]]()
        var bestSingle = [Float](repeating: 0, count: form.tokens.count)
        for (u, prepared) in units.enumerated() {
            let candidates: [Int32]
            if exhaustive {
                candidates = Array(0..<Int32(index.vocabulary.count))
            } else {
                candidates = index.similarVocabulary(to: prepared.unit, features: prepared.features)
            }
            var seen = Set<Int32>()
            for v in candidates where seen.insert(v).inserted {
                guard let (s, reason) = TokenSimilarity.compare(prepared.features, index.features[Int(v)]),
                      s >= TokenSimilarity.minimum else { continue }
                hits[v, default: []].append(VocabularyHit(queryUnit: Int32(u), similarity: s, reason: reason))
                if prepared.unit.kind == .single, index.singleWeights[Int(v)] > 0 {
                    let position = prepared.unit.mask.trailingZeroBitCount
                    if s > bestSingle[position] {
                        bestSingle[position] = s
                        if form.tokens[position].role == .word, index.vocabIDs[form.tokens[position].text] == nil {
                            weights[position] = index.singleWeights[Int(v)]
                        }
                    }
                }
            }
        }
        for u in units.indices {
            var w: Float = 0
            var mask = units[u].unit.mask
            while mask != 0 {
                w += weights[mask.trailingZeroBitCount]
                mask &= mask - 1
            }
            units[u].unit.weight = w
        }
        self.weights = weights
        self.units = units
        self.hits = hits
        self.totalWeight = weights.reduce(0, +)
        self.initialUnits = units.indices.filter {
            units[$0].unit.kind == .single && units[$0].features.scalars.count == 1
        }.map(Int32.init)
    }
}
