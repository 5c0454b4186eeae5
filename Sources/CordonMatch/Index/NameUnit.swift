/// A comparable piece of a name: one token, two adjacent tokens written
/// together ("sang man" → "sangman", so Sangman / Sang Man / Sang-man align),
/// three adjacent short tokens written together ("chong chon gang"),
/// or the initials of a run of words ("information technology" → "it").
struct NameUnit: Sendable, Hashable {
    enum Kind: UInt8, Sendable { case single, joined, acronym }

    static let maxTokens = 64
    /// Longest word joined with two neighbours into one unit.
    static let maxJoinedSyllable = 5

    var text: String
    var kind: Kind
    /// Token positions covered, as bits.
    var mask: UInt64
    var weight: Float

    /// Units of a tokenized name; `weights` are the tokens' weights.
    static func units(of tokens: [AnalyzedToken], weights: [Float], acronyms: Bool) -> [NameUnit] {
        var units = [NameUnit]()
        units.reserveCapacity(tokens.count * 2)
        for (i, token) in tokens.enumerated() {
            units.append(NameUnit(text: token.text, kind: .single, mask: 1 << UInt64(i), weight: weights[i]))
        }
        for i in tokens.indices.dropLast() {
            let a = tokens[i], b = tokens[i + 1]
            guard a.role == .word || a.role == .number, b.role == .word || b.role == .number,
                  a.role == b.role else { continue }
            units.append(NameUnit(text: a.text + b.text, kind: .joined,
                                  mask: (1 << UInt64(i)) | (1 << UInt64(i + 1)), weight: weights[i] + weights[i + 1]))
        }
        // Three short words written together ("chong chon gang" → "chongchongang"): Korean and
        // Chinese syllables that lists write apart or run together.
        for i in tokens.indices.dropLast(2) {
            let run = tokens[i...(i + 2)]
            guard run.allSatisfy({ $0.role == .word && $0.text.count <= maxJoinedSyllable }) else { continue }
            units.append(NameUnit(text: run.map(\.text).joined(), kind: .joined,
                                  mask: 0b111 << UInt64(i), weight: weights[i] + weights[i + 1] + weights[i + 2]))
        }
        if acronyms && tokens.count >= 2 {
            for start in tokens.indices {
                var initials = ""
                var mask: UInt64 = 0
                var weight: Float = 0
                var end = start
                while end < tokens.count && end - start < 4 && tokens[end].role == .word {
                    guard let first = tokens[end].text.first, first.isLetter, first.isASCII else { break }
                    initials.append(first)
                    mask |= 1 << UInt64(end)
                    weight += weights[end]
                    end += 1
                    if end - start >= 2 {
                        units.append(NameUnit(text: initials, kind: .acronym, mask: mask, weight: weight))
                    }
                }
            }
        }
        return units
    }
}
