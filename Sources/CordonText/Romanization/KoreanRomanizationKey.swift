/// A romanization-independent key for Latin tokens that may be romanized Korean.
///
/// McCune–Reischauer, Revised Romanization, DPRK practice and ad-hoc spellings disagree on
/// exactly the contrasts Latin letters cannot show (k/g, t/d, p/b, ch/j, ŏ/o/eo/u). The key
/// segments a token into plausible romanized syllables (longest syllable first, backtracking) and
/// maps each syllable to a canonical form that merges those spellings:
///
/// - initials: k/g/kk/kh → k, t/d/tt/th → t, p/b/pp/ph → p, ch/j/jj/tch/ts → c, s/ss/sh → s,
///   r/l → l, and the South Korean initial rule (ㄹ before i/y is silent, otherwise read as ㄴ),
///   so Ri/Lee/Yi/I and Ryu/Yu/Yoo and Rodong/Nodong agree;
/// - vowels: eo/o/u/eu/oo/ŏ/ŭ → o (popular spellings write 정 as Jung and 현 as Hyun),
///   yeo/yo/yu/yoo → yo, ae/e/ai → e, yae/ye → ye, wae/we/oe/oi → we, wo/weo → wo, ee/yi → i;
/// - finals: k/g → k, t/d → t, p/b → p, l/r → l, n, m, and ng written as "nk".
///
/// The syllable keys are then flattened so the result does not depend on where the segmenter put
/// syllable boundaries: ng is "nk" (Pyong|yang and Pyon|gyang agree), repeated consonants collapse,
/// and the liquid rule is applied to the flat string (Choe|ryong and Choer|yong agree). Hence
/// key("Sangman") == key("Sang") + key("Man") and key("Choeryonghae") == key(joining: ["Choe", "Ryong", "Hae"]).
/// Concatenating token keys is exact except where the same consonant ends one token and starts the
/// next; `key(joining:)` is always exact.
///
/// The merging is aggressive by design; score with a string metric on top, and apply the key only
/// where `isPlausibleKorean` holds.
public enum KoreanRomanizationKey {
    /// The key, or nil when the token does not segment into romanized Korean syllables.
    public static func key(_ token: String) -> String? {
        guard let parts = syllableKeys(token) else { return nil }
        return flatten(parts)
    }

    /// The key of several tokens written together: the right way to compare "Sang Man" with "Sangman".
    public static func key(joining tokens: [String]) -> String? {
        key(tokens.joined())
    }

    /// Per-syllable canonical forms before flattening: "Pyongyang" → ["pyonk", "yank"].
    /// Nil when the token does not segment. Useful for explaining a match.
    public static func syllableKeys(_ token: String) -> [String]? {
        guard let letters = letters(of: token), !letters.isEmpty, letters.count <= 63 else { return nil }
        var keys = [String]()
        var failed: UInt64 = 0
        return segment(letters, from: 0, into: &keys, failed: &failed) ? keys : nil
    }

    /// Whether the token is made entirely of romanized Korean syllables. Many short English words
    /// pass too ("man", "son"); the matcher should combine this with list metadata (nationality,
    /// DPRK programs) or with the other name tokens also being plausible.
    public static func isPlausibleKorean(_ token: String) -> Bool {
        syllableKeys(token) != nil
    }

    private static func flatten(_ parts: [String]) -> String {
        var flat = [UInt8]()
        for part in parts {
            for c in part.utf8 where !(isConsonant(c) && flat.last == c) { flat.append(c) }
        }
        let l = UInt8(ascii: "l")
        var out = [UInt8]()
        out.reserveCapacity(flat.count)
        for (i, c) in flat.enumerated() {
            guard c == l, i + 1 < flat.count, !isConsonant(flat[i + 1]) else {
                out.append(c)
                continue
            }
            // South Korean initial rule: ㄹ is silent before i/y and read as ㄴ before other vowels.
            let next = flat[i + 1]
            if next == UInt8(ascii: "i") || next == UInt8(ascii: "y") { continue }
            out.append(UInt8(ascii: "n"))
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isConsonant(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "k"), UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "l"), UInt8(ascii: "m"),
             UInt8(ascii: "p"), UInt8(ascii: "s"), UInt8(ascii: "c"), UInt8(ascii: "h"):
            return true
        default:
            return false
        }
    }

    // MARK: - Segmentation

    private static func segment(_ s: [UInt8], from start: Int, into keys: inout [String], failed: inout UInt64) -> Bool {
        if start == s.count { return true }
        if failed & (1 << UInt64(start)) != 0 { return false }
        var length = min(maxSyllableLength, s.count - start)
        while length > 0 {
            if let k = syllables[pack(s, start, length)] {
                keys.append(k)
                if segment(s, from: start + length, into: &keys, failed: &failed) { return true }
                keys.removeLast()
            }
            length -= 1
        }
        failed |= 1 << UInt64(start)
        return false
    }

    private static func pack(_ s: [UInt8], _ start: Int, _ length: Int) -> UInt64 {
        var v: UInt64 = 0
        for i in start..<(start + length) { v = v << 8 | UInt64(s[i]) }
        return v
    }

    private static func pack(_ s: String) -> UInt64 {
        let bytes = Array(s.utf8)
        return pack(bytes, 0, bytes.count)
    }

    /// ASCII lowercase letters of the token with apostrophes, hyphens, spaces and breves removed;
    /// nil if anything else (digits, other letters) is present.
    private static func letters(of token: String) -> [UInt8]? {
        var out = [UInt8]()
        out.reserveCapacity(token.utf8.count)
        for scalar in token.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x61...0x7A: out.append(UInt8(v))
            case 0x41...0x5A: out.append(UInt8(v + 0x20))
            case 0x27, 0x2D, 0x20, 0x2019, 0x2BC, 0x2BB, 0x60, 0xB4, 0x306, 0x2010, 0x2011: continue
            case 0x14F, 0x14E: out.append(UInt8(ascii: "o"))  // ŏ Ŏ
            case 0x16D, 0x16C: out.append(UInt8(ascii: "u"))  // ŭ Ŭ
            case 0xE9, 0xC9: out.append(UInt8(ascii: "e"))
            default: return nil
            }
        }
        return out
    }

    // MARK: - Syllable inventory

    private static let initials: [(String, String)] = [
        ("", ""), ("g", "k"), ("k", "k"), ("kk", "k"), ("gg", "k"), ("kh", "k"),
        ("n", "n"), ("d", "t"), ("t", "t"), ("tt", "t"), ("dd", "t"), ("th", "t"),
        ("r", "l"), ("l", "l"), ("rh", "l"), ("m", "m"),
        ("b", "p"), ("p", "p"), ("pp", "p"), ("bb", "p"), ("ph", "p"),
        ("s", "s"), ("ss", "s"), ("sh", "s"),
        ("j", "c"), ("ch", "c"), ("jj", "c"), ("tch", "c"), ("chh", "c"), ("ts", "c"), ("tz", "c"),
        ("h", "h"),
    ]

    private static let vowels: [(String, String)] = [
        ("a", "a"), ("ae", "e"), ("ai", "e"), ("e", "e"), ("ya", "ya"), ("yae", "ye"), ("ye", "ye"),
        ("o", "o"), ("eo", "o"), ("u", "o"), ("eu", "o"), ("oo", "o"), ("oh", "o"), ("uh", "o"),
        ("yo", "yo"), ("yeo", "yo"), ("yu", "yo"), ("yoo", "yo"), ("yoh", "yo"),
        ("wa", "wa"), ("wae", "we"), ("we", "we"), ("oe", "we"), ("oi", "we"), ("wo", "wo"), ("weo", "wo"),
        ("woo", "o"), ("wu", "o"), ("wi", "wi"), ("wee", "wi"), ("ui", "ui"), ("eui", "ui"),
        ("i", "i"), ("ee", "i"), ("yi", "i"),
    ]

    private static let finals: [(String, String)] = [
        ("", ""), ("k", "k"), ("g", "k"), ("n", "n"), ("hn", "n"), ("t", "t"), ("d", "t"),
        ("l", "l"), ("r", "l"), ("m", "m"), ("p", "p"), ("b", "p"), ("ng", "nk"),
    ]

    /// Whole-syllable spellings that do not follow the initial/vowel/final grammar.
    private static let irregular: [(String, String)] = [
        ("park", "pak"), ("hur", "ho"), ("huh", "ho"), ("ahn", "an"), ("sohn", "son"), ("kook", "kok"),
    ]

    private static let maxSyllableLength = 8

    private static let syllables: [UInt64: String] = {
        var map = [UInt64: String]()
        for (iSpelling, iKey) in initials {
            for (vSpelling, vKey) in vowels {
                for (fSpelling, fKey) in finals {
                    let spelling = iSpelling + vSpelling + fSpelling
                    guard spelling.utf8.count <= maxSyllableLength else { continue }
                    let key = iKey + vKey + fKey
                    if map[pack(spelling)] == nil { map[pack(spelling)] = key }
                }
            }
        }
        for (spelling, key) in irregular { map[pack(spelling)] = key }
        return map
    }()
}
