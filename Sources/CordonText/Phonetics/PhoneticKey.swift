/// A coarse consonant skeleton for candidate blocking across romanizations.
///
/// Soundex keeps the first letter verbatim, so "Kim"/"Gim" or "Chinyong"/"Jinyong" land in
/// different buckets. This key instead folds the consonant pairs that romanization systems
/// disagree on (k/g, t/d, p/b, ch/j/zh, kh/h, f/v/w, r/l, s/z/sh) and drops vowels, so variant
/// spellings from McCune–Reischauer, Revised Romanization, BGN/PCGN and Arabic transcription
/// usually share a key. Repeated classes collapse even across vowels (Muhammad/Mohd → "MT").
/// It is deliberately lossy: use it to find candidates, never to decide a match.
public enum PhoneticKey {
    /// The skeleton of an ASCII-lowercase token (run `NameNormalizer` first), e.g. "muhammad" and
    /// "mohamed" → "MT", "kim" and "gim" → "KM". Empty for tokens with no letters.
    public static func key(_ token: String) -> String {
        let s = Array(token.utf8).compactMap { c -> UInt8? in
            if c >= 0x61 && c <= 0x7A { return c }
            if c >= 0x41 && c <= 0x5A { return c + 0x20 }
            return nil
        }
        var out = [UInt8]()
        out.reserveCapacity(s.count)
        var i = 0
        let n = s.count
        func at(_ k: Int) -> UInt8 { k < n ? s[k] : 0 }
        func emit(_ c: UInt8) {
            if out.last != c { out.append(c) }
        }
        while i < n {
            let c = s[i], next = at(i + 1)
            let isFirst = out.isEmpty && i == 0
            switch c {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"):
                if isFirst { out.append(UInt8(ascii: "A")) }
                i += 1
                continue
            case UInt8(ascii: "h"):
                if isFirst { out.append(UInt8(ascii: "H")) }
                i += 1
                continue
            case UInt8(ascii: "c"):
                if next == UInt8(ascii: "h") {
                    emit(UInt8(ascii: "J")); i += 2; continue
                }
                if next == UInt8(ascii: "k") { emit(UInt8(ascii: "K")); i += 2; continue }
                let soft = next == UInt8(ascii: "e") || next == UInt8(ascii: "i") || next == UInt8(ascii: "y")
                emit(soft ? UInt8(ascii: "S") : UInt8(ascii: "K"))
            case UInt8(ascii: "s"):
                if next == UInt8(ascii: "c") && at(i + 2) == UInt8(ascii: "h") { emit(UInt8(ascii: "S")); i += 3; continue }
                if next == UInt8(ascii: "h") { emit(UInt8(ascii: "S")); i += 2; continue }
                emit(UInt8(ascii: "S"))
            case UInt8(ascii: "z"):
                if next == UInt8(ascii: "h") { emit(UInt8(ascii: "J")); i += 2; continue }
                emit(UInt8(ascii: "S"))
            case UInt8(ascii: "t"):
                if next == UInt8(ascii: "s") || next == UInt8(ascii: "z") { emit(UInt8(ascii: "S")); i += 2; continue }
                if next == UInt8(ascii: "c") && at(i + 2) == UInt8(ascii: "h") { emit(UInt8(ascii: "J")); i += 3; continue }
                if next == UInt8(ascii: "h") { emit(UInt8(ascii: "T")); i += 2; continue }
                emit(UInt8(ascii: "T"))
            case UInt8(ascii: "d"):
                if next == UInt8(ascii: "j") { emit(UInt8(ascii: "J")); i += 2; continue }
                if next == UInt8(ascii: "z") && at(i + 2) == UInt8(ascii: "h") { emit(UInt8(ascii: "J")); i += 3; continue }
                emit(UInt8(ascii: "T"))
            case UInt8(ascii: "k"), UInt8(ascii: "g"), UInt8(ascii: "q"):
                if c == UInt8(ascii: "k") && next == UInt8(ascii: "h") { emit(UInt8(ascii: "H")); i += 2; continue }
                if c == UInt8(ascii: "g") && next == UInt8(ascii: "h") { emit(UInt8(ascii: "K")); i += 2; continue }
                emit(UInt8(ascii: "K"))
            case UInt8(ascii: "p"):
                if next == UInt8(ascii: "h") { emit(UInt8(ascii: "F")); i += 2; continue }
                emit(UInt8(ascii: "P"))
            case UInt8(ascii: "b"): emit(UInt8(ascii: "P"))
            case UInt8(ascii: "f"), UInt8(ascii: "v"), UInt8(ascii: "w"): emit(UInt8(ascii: "F"))
            case UInt8(ascii: "j"): emit(UInt8(ascii: "J"))
            case UInt8(ascii: "x"): emit(UInt8(ascii: "K")); emit(UInt8(ascii: "S"))
            case UInt8(ascii: "l"), UInt8(ascii: "r"): emit(UInt8(ascii: "R"))
            case UInt8(ascii: "m"): emit(UInt8(ascii: "M"))
            case UInt8(ascii: "n"):
                if next == UInt8(ascii: "g") { emit(UInt8(ascii: "N")); i += 2; continue }
                emit(UInt8(ascii: "N"))
            default: break
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
