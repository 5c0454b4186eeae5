import CordonText

/// The romanization keys of a token as strings, before interning. Only ASCII
/// Latin tokens get keys: the keys are defined on romanized spellings.
struct TokenKeys: Sendable {
    var korean: String?
    var russian: String?
    var arabic: String?
    var phonetic: String?

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
    }
}
