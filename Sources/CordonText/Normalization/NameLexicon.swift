/// Word lists behind token classification. Kept small and conservative: a word wrongly classed as a
/// title or particle is down-weighted, which costs recall on exactly the names that contain it.
enum NameLexicon {
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "mister", "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady",
        "sheikh", "shaikh", "sheik", "shaykh", "cheikh", "sheykh", "haji", "hajji", "haj", "hajj", "hadji", "alhaji", "alhaj",
        "mullah", "mulla", "maulana", "mawlana", "maulvi", "mawlawi", "molvi", "imam", "ayatollah", "hojatoleslam", "jr", "sr",
        "господин", "госпожа", "г-н",
    ]

    static let stopWords: Set<String> = ["the", "of", "and", "for", "und", "et", "y"]

    static let particles: Set<String> = [
        "al", "el", "bin", "ibn", "bint", "binti", "bte", "ben", "ould", "ul", "ud",
        "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "des", "dos", "das", "la", "le",
    ]

    static let ordinalWords: [String: String] = [
        "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7",
        "eighth": "8", "ninth": "9", "tenth": "10", "eleventh": "11", "twelfth": "12", "thirteenth": "13",
        "fourteenth": "14", "fifteenth": "15", "sixteenth": "16", "seventeenth": "17", "eighteenth": "18",
        "nineteenth": "19", "twentieth": "20",
    ]

    /// Two-letter Roman numerals that are far more often names (Xi Jinping, Vi) are excluded, as are
    /// single letters (initials).
    static let romanExclusions: Set<String> = ["xi", "vi"]

    /// "110th" → "110", "Third" → "3", "III" → "3"; nil when the token is not a number.
    static func number(_ token: String) -> String? {
        let bytes = Array(token.utf8)
        guard !bytes.isEmpty else { return nil }
        let digitCount = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        if digitCount == bytes.count { return token }
        if digitCount > 0 {
            let suffix = String(decoding: bytes[digitCount...], as: UTF8.self)
            if ["st", "nd", "rd", "th", "er", "e", "eme"].contains(suffix) {
                return String(decoding: bytes[..<digitCount], as: UTF8.self)
            }
            return nil
        }
        if let n = ordinalWords[token] { return n }
        if bytes.count >= 2, !romanExclusions.contains(token), let n = roman(bytes), n < 40 { return String(n) }
        return nil
    }

    private static func roman(_ bytes: [UInt8]) -> Int? {
        func value(_ c: UInt8) -> Int? {
            switch c {
            case UInt8(ascii: "i"): return 1
            case UInt8(ascii: "v"): return 5
            case UInt8(ascii: "x"): return 10
            default: return nil
            }
        }
        var total = 0
        var values = [Int]()
        for c in bytes {
            guard let v = value(c) else { return nil }
            values.append(v)
        }
        for (k, v) in values.enumerated() {
            if k + 1 < values.count && v < values[k + 1] { total -= v } else { total += v }
        }
        // Reject non-canonical spellings ("iiii", "vx") by re-encoding.
        return canonicalRoman(total) == String(decoding: bytes, as: UTF8.self) ? total : nil
    }

    private static func canonicalRoman(_ n: Int) -> String {
        guard n > 0 && n < 40 else { return "" }
        let ones = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
        return String(repeating: "x", count: n / 10) + ones[n % 10]
    }
}
