/// American Soundex (the variant of the US National Archives, used by OFAC's Sanctions List
/// Search), so Cordon's fuzzy hits can be explained in the same terms analysts already know.
public enum Soundex {
    /// The four-character code ("Robert" → "R163"), or nil when the input has no ASCII letters.
    /// Non-letters are skipped; apply `NameNormalizer` or `Transliterator` first for non-Latin input.
    public static func code(_ string: String) -> String? {
        var first: UInt8 = 0
        var digits = [UInt8]()
        digits.reserveCapacity(3)
        var last: UInt8 = 0
        for var c in string.utf8 {
            if c >= 0x61 && c <= 0x7A { c -= 0x20 }
            guard c >= 0x41 && c <= 0x5A else { continue }
            let d = digit(c)
            if first == 0 {
                first = c
                last = d
                continue
            }
            if c == 0x48 || c == 0x57 { continue }  // H and W do not separate equal codes.
            if d == 0 {
                last = 0
                continue
            }
            if d != last {
                digits.append(d)
                if digits.count == 3 { break }
            }
            last = d
        }
        guard first != 0 else { return nil }
        while digits.count < 3 { digits.append(0x30) }
        return String(decoding: [first] + digits, as: UTF8.self)
    }

    private static func digit(_ c: UInt8) -> UInt8 {
        switch c {
        case 0x42, 0x46, 0x50, 0x56: return 0x31  // B F P V
        case 0x43, 0x47, 0x4A, 0x4B, 0x51, 0x53, 0x58, 0x5A: return 0x32  // C G J K Q S X Z
        case 0x44, 0x54: return 0x33  // D T
        case 0x4C: return 0x34  // L
        case 0x4D, 0x4E: return 0x35  // M N
        case 0x52: return 0x36  // R
        default: return 0
        }
    }
}
