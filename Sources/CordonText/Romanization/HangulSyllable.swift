/// A precomposed Hangul syllable split into its jamo indices. Unicode lays the 11,172 syllables
/// out arithmetically from U+AC00 (19 initials × 21 medials × 28 finals), so decomposition is
/// exact and needs no tables, which is what makes syllable-level romanization reliable.
public struct HangulSyllable: Sendable, Hashable {
    public static let base: UInt32 = 0xAC00
    public static let initialCount = 19
    public static let medialCount = 21
    public static let finalCount = 28

    /// 0..<19: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
    public let initial: Int
    /// 0..<21: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
    public let medial: Int
    /// 0..<28, where 0 means no final consonant.
    public let final: Int

    /// Nil for anything but a precomposed syllable (conjoining or compatibility jamo included):
    /// isolated jamo are not names and are left to ICU.
    public init?(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        guard v >= Self.base && v < Self.base + 11_172 else { return nil }
        let index = Int(v - Self.base)
        initial = index / (Self.medialCount * Self.finalCount)
        medial = (index % (Self.medialCount * Self.finalCount)) / Self.finalCount
        final = index % Self.finalCount
    }

    public init?(initial: Int, medial: Int, final: Int = 0) {
        guard (0..<Self.initialCount).contains(initial), (0..<Self.medialCount).contains(medial),
              (0..<Self.finalCount).contains(final) else { return nil }
        self.initial = initial
        self.medial = medial
        self.final = final
    }

    public var scalar: Unicode.Scalar {
        let v = Self.base + UInt32((initial * Self.medialCount + medial) * Self.finalCount + final)
        return Unicode.Scalar(v)!
    }

    /// Compatibility jamo for display and debugging: ["ㄱ", "ㅣ", "ㅁ"] for 김.
    public var jamo: [Character] {
        var out = [Self.initialJamo[initial], Self.medialJamo[medial]]
        if final != 0 { out.append(Self.finalJamo[final]) }
        return out
    }

    /// True when the string consists solely of precomposed syllables, i.e. it can be romanized losslessly.
    public static func isHangulWord(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { HangulSyllable($0) != nil }
    }

    /// The syllables of a string, skipping everything else.
    public static func decompose(_ s: String) -> [HangulSyllable] {
        s.unicodeScalars.compactMap(HangulSyllable.init)
    }

    static let initialJamo: [Character] = Array("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
    static let medialJamo: [Character] = Array("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
    static let finalJamo: [Character] = [" "] + Array("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
}
