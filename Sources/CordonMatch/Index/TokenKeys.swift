import CordonText

/// The romanization keys of a token as strings, before interning. Only ASCII
/// Latin tokens get keys: the keys are defined on romanized spellings.
struct TokenKeys: Sendable {
    var korean: String?
    var russian: String?
    var arabic: String?
    var phonetic: String?
    var stem: String?

    init(text: String, kind: NameUnit.Kind) {
        guard kind != .acronym, text.utf8.count >= 2,
              text.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return }
        if text.utf8.count <= 24, let key = KoreanRomanizationKey.key(text) { korean = "k" + key }
        if text.utf8.count >= 4 {
            let key = RussianNameKey.key(text)
            if !key.isEmpty { russian = "r" + key }
        }
        if kind == .single, ArabicNameVariants.isKnown(text) { arabic = "a" + ArabicNameVariants.canonical(text) }
        if kind == .single, text.utf8.count >= 5 {
            let key = PhoneticKey.key(text)
            if key.utf8.count >= 3 { phonetic = "p" + key }
        }
        if kind == .single, text.utf8.count >= 4 { stem = "s" + Self.stem(text) }
    }

    /// The word without the endings that make a nationality or a plural of it: Iranian → iran,
    /// Industries → industry. Only endings that leave four letters or more are taken off.
    static func stem(_ text: String) -> String {
        let n = text.utf8.count
        if n >= 8, text.hasSuffix("ians") { return String(text.dropLast(4)) }
        if n >= 7, text.hasSuffix("ian") { return String(text.dropLast(3)) }
        if n >= 7, text.hasSuffix("ies") { return String(text.dropLast(3)) + "y" }
        return text
    }
}
