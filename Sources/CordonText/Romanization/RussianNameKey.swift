import Foundation

/// A Latin-side key for names transliterated from Russian (and other East Slavic languages), so
/// spellings produced by different systems or by hand compare equal without a fuzzy score:
/// Andreyev/Andreev, Vitaliy/Vitalij/Vitaly/Vitalii, Aleksandr/Alexander, Sergey/Sergei,
/// Ivanov/Ivanoff, Zhanna/Janna, Khodorkovsky/Hodorkovsky, Tsoi/Tzoi.
///
/// The key is not a spelling: it merges ye/e, glides (iy/ij/y), -ov/-off, x/ks, double letters
/// and -er/-r endings. Apply it to tokens of names believed to be Slavic; elsewhere it merges
/// too much.
public enum RussianNameKey {
    /// The key of one token (any case; ISO 9 diacritics understood). Empty when it has no letters.
    public static func key(_ token: String) -> String {
        var s = asciiLetters(token)
        guard !s.isEmpty else { return "" }
        s = replace(s, [("x", "ks"), ("w", "v"), ("ph", "f"), ("q", "k"), ("ck", "k")])
        s = replace(s, [("shch", "sh"), ("sch", "sh"), ("tsch", "ch"), ("tch", "ch"), ("kh", "h"), ("tz", "ts"), ("cz", "ts")])
        s = softSigns(s)
        s = glides(s)
        s = replace(s, [("dzh", "j"), ("zh", "j"), ("dj", "j")])
        s = lonelyC(s)
        s = endings(s)
        s = collapseDoubles(s)
        return String(decoding: s, as: UTF8.self)
    }

    private typealias Bytes = [UInt8]

    private static func isVowel(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "i") || c == UInt8(ascii: "o")
            || c == UInt8(ascii: "u") || c == UInt8(ascii: "y")
    }

    private static func isConsonant(_ c: UInt8) -> Bool { !isVowel(c) }

    private static func asciiLetters(_ token: String) -> Bytes {
        var out = Bytes()
        out.reserveCapacity(token.utf8.count)
        for scalar in token.unicodeScalars {
            let v = scalar.value
            if v >= 0x61 && v <= 0x7A { out.append(UInt8(v)); continue }
            if v >= 0x41 && v <= 0x5A { out.append(UInt8(v + 0x20)); continue }
            if v < 0x80 { continue }
            if let mapped = iso9Letters[v] { out += mapped.utf8; continue }
            let folded = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            out += folded.utf8.filter { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
        }
        return out
    }

    /// ISO 9 letters whose diacritic carries the sound; plain folding would lose it (ž → z).
    private static let iso9Letters: [UInt32: String] = [
        0x17E: "zh", 0x17D: "zh", 0x10D: "ch", 0x10C: "ch", 0x161: "sh", 0x160: "sh", 0x15D: "shch", 0x15C: "shch",
        0xFB: "yu", 0xDB: "yu", 0xE2: "ya", 0xC2: "ya", 0xEB: "yo", 0xCB: "yo", 0xE8: "e", 0xC8: "e",
        0x2BA: "", 0x2B9: "", 0x2019: "", 0x2BC: "",
    ]

    private static func replace(_ s: Bytes, _ rules: [(String, String)]) -> Bytes {
        var current = s
        for (from, to) in rules {
            let f = Array(from.utf8), t = Array(to.utf8)
            var out = Bytes()
            out.reserveCapacity(current.count + 4)
            var i = 0
            while i < current.count {
                if i + f.count <= current.count && current[i..<(i + f.count)].elementsEqual(f) {
                    out += t
                    i += f.count
                } else {
                    out.append(current[i])
                    i += 1
                }
            }
            current = out
        }
        return current
    }

    /// ISO/R 9 "j" and BGN "y" before vowels: ye/je → e; jo/yo after a consonant → e (Fyodor/Fedor,
    /// Pyotr/Petr); j/y as a glide after a consonant → i (Lyudmila/Liudmila, Ilya/Ilia); j elsewhere
    /// than word start → y (a word-initial j is read as ж/дж: Janna, Jamal).
    private static func softSigns(_ s: Bytes) -> Bytes {
        var out = Bytes()
        var i = 0
        let j = UInt8(ascii: "j"), y = UInt8(ascii: "y"), e = UInt8(ascii: "e"), o = UInt8(ascii: "o")
        while i < s.count {
            let c = s[i]
            let next: UInt8 = i + 1 < s.count ? s[i + 1] : 0
            let previous: UInt8? = out.last
            if c == y || (c == j && i > 0) {
                if next == e {
                    out.append(e); i += 2; continue
                }
                if next == o, let previous, isConsonant(previous) {
                    out.append(e); i += 2; continue
                }
                out.append(c == j ? y : c)
                i += 1
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    private static func glides(_ s: Bytes) -> Bytes {
        var out = Bytes()
        let i_ = UInt8(ascii: "i"), y = UInt8(ascii: "y")
        var k = 0
        while k < s.count {
            let c = s[k]
            let next: UInt8 = k + 1 < s.count ? s[k + 1] : 0
            if c == y && next != 0 && isVowel(next) && next != y {
                // "iy" + vowel → "i" + vowel; consonant + "y" + vowel → consonant + "i" + vowel.
                if let previous = out.last, previous == i_ { k += 1; continue }
                if let previous = out.last, isConsonant(previous) { out.append(i_); k += 1; continue }
                if out.isEmpty || isVowel(out.last!) { out.append(y); k += 1; continue }
            }
            if c == i_ && out.isEmpty && next != 0 && isVowel(next) && next != i_ {
                out.append(y)  // word-initial ICAO "ia"/"iu" → "ya"/"yu"
                k += 1
                continue
            }
            out.append(c)
            k += 1
        }
        return out
    }

    /// ISO 9 writes ц as a bare c; elsewhere c only survives in ch.
    private static func lonelyC(_ s: Bytes) -> Bytes {
        var out = Bytes()
        for (k, c) in s.enumerated() {
            if c == UInt8(ascii: "c") && (k + 1 >= s.count || s[k + 1] != UInt8(ascii: "h")) {
                out += Array("ts".utf8)
            } else {
                out.append(c)
            }
        }
        return out
    }

    private static func endings(_ s: Bytes) -> Bytes {
        var out = s
        if out.last == UInt8(ascii: "y") { out[out.count - 1] = UInt8(ascii: "i") }
        while out.count >= 2 && out[out.count - 1] == UInt8(ascii: "i") && out[out.count - 2] == UInt8(ascii: "i") {
            out.removeLast()
        }
        if out.count >= 3 && out[out.count - 1] == UInt8(ascii: "f") && out[out.count - 2] == UInt8(ascii: "f") {
            out.removeLast(2)
            out.append(UInt8(ascii: "v"))
        }
        if out.count >= 4 && out[out.count - 1] == UInt8(ascii: "r") && out[out.count - 2] == UInt8(ascii: "e")
            && isConsonant(out[out.count - 3]) && out[out.count - 3] != UInt8(ascii: "h") {
            out.remove(at: out.count - 2)
        }
        return out
    }

    private static func collapseDoubles(_ s: Bytes) -> Bytes {
        var out = Bytes()
        out.reserveCapacity(s.count)
        for c in s where out.last != c { out.append(c) }
        return out
    }
}
