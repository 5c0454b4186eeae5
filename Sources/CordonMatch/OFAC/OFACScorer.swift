import CordonText

/// A model of OFAC Sanctions List Search scores: Jaro–Winkler of the whole
/// name, of each query word against the listed name's parts (with Soundex
/// agreement as a floor), and of the whole query against the listed name's
/// leading part (the surname as the list writes it), the highest winning.
///
/// SLS compares the name as the list writes it ("PUTIN, Vladimir" reads
/// "PUTIN VLADIMIR"), which is why word order changes its scores.
public struct OFACScorer: Sendable {
    public var parameters: OFACParameters
    private let normalizer = NameNormalizer()

    public init(parameters: OFACParameters = .fitted) {
        self.parameters = parameters
    }

    /// The SLS-style score in [0, 1] of a query against one listed name as printed.
    public func score(query: String, listed: String) -> Double {
        let q = normalizer.normalize(query)
        let l = normalizer.normalize(listed)
        guard !q.isEmpty, !l.isEmpty else { return 0 }
        return score(normalizedQuery: q, normalizedListed: l)
    }

    func normalized(_ text: String) -> String { normalizer.normalize(text) }

    func score(normalizedQuery q: String, normalizedListed l: String) -> Double {
        let qs = StringMetrics.scalars(q), ls = StringMetrics.scalars(l)
        let whole = jw(qs, ls)
        let listedWords = l.split(separator: " ").map { StringMetrics.scalars(String($0)) }
        var queryWords = q.split(separator: " ").map { StringMetrics.scalars(String($0)) }
        let long = queryWords.filter { $0.count > parameters.ignoredTokenLength }
        if !long.isEmpty { queryWords = long }
        var weakest = 1.0, total = 0.0
        for word in queryWords {
            var best = 0.0
            for part in listedWords {
                var s = jw(word, part)
                if parameters.soundexScore > s, let code = soundex(word), code == soundex(part) {
                    s = parameters.soundexScore
                }
                best = max(best, s)
            }
            weakest = min(weakest, best)
            total += best
        }
        let average = total / Double(max(queryWords.count, 1))
        let parts = parameters.weakestWordWeight * weakest + (1 - parameters.weakestWordWeight) * average
        var leading = 0.0
        if parameters.leadingPartWeight > 0, listedWords.count > 1, let first = listedWords.first {
            leading = parameters.leadingPartWeight * jw(qs, first)
        }
        return min(1, max(whole, parts, leading))
    }

    private func jw(_ a: [UInt32], _ b: [UInt32]) -> Double {
        StringMetrics.jaroWinkler(a, b, prefixScale: parameters.prefixScale)
    }

    private func soundex(_ word: [UInt32]) -> String? {
        Soundex.code(String(String.UnicodeScalarView(word.compactMap(Unicode.Scalar.init))))
    }
}
