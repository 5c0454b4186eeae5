/// Romanizes Hangul the ways Korean names actually reach sanctions lists, so a Hangul record can be
/// compared with its Latin listings (and vice versa through `KoreanRomanizationKey`).
public enum KoreanRomanizer {
    /// Romanizes every Hangul run in `text` as one word (voicing and liaison applied inside it),
    /// capitalizing each word; everything else passes through unchanged.
    public static func romanize(_ text: String, system: KoreanRomanizationSystem = .mccuneReischauerASCII) -> String {
        var out = ""
        var word = [HangulSyllable]()
        func flush() {
            if !word.isEmpty {
                out += capitalized(syllables(of: word, system: system).joined())
                word.removeAll(keepingCapacity: true)
            }
        }
        for scalar in text.unicodeScalars {
            if let s = HangulSyllable(scalar) {
                word.append(s)
            } else {
                flush()
                out.unicodeScalars.append(scalar)
            }
        }
        flush()
        return out
    }

    /// The romanization of each syllable of one word, in word context (so 상만 gives ["sang", "man"]
    /// and 진영 gives ["chin", "yŏng"] in MR). Lowercase; the caller decides how to join them.
    public static func syllables(of word: [HangulSyllable], system: KoreanRomanizationSystem) -> [String] {
        var out = [String]()
        out.reserveCapacity(word.count)
        for (i, s) in word.enumerated() {
            let previous = i > 0 ? word[i - 1] : nil
            let next = i + 1 < word.count ? word[i + 1] : nil
            out.append(romanize(s, previous: previous, next: next, system: system))
        }
        return out
    }

    /// Spellings of a Hangul word (place or company name) across all systems plus the eo/eu
    /// spellings of MR vowels common in practice, deduplicated, most common first.
    public static func variants(_ text: String) -> [String] {
        var out = [String]()
        func add(_ s: String) { if !s.isEmpty && !out.contains(s) { out.append(s) } }
        let strict = romanize(text, system: .mccuneReischauer)
        add(romanize(text, system: .mccuneReischauerASCII))
        add(romanize(text, system: .revised))
        add(romanize(text, system: .northKorean))
        add(strict)
        add(asciiFromStrictMR(strict, eoSpellings: true))
        return out
    }

    /// Romanizes a Hangul personal name, splitting off the surname (one syllable, or a known
    /// two-syllable surname such as 남궁). Nil when the name is not purely Hangul.
    public static func romanizeName(_ name: String) -> KoreanNameRomanization? {
        let compact = String(String.UnicodeScalarView(name.unicodeScalars.filter { !$0.properties.isWhitespace }))
        let all = HangulSyllable.decompose(compact)
        guard !all.isEmpty, all.count == compact.unicodeScalars.count else { return nil }
        var familyCount = 1
        if all.count >= 3 {
            let firstTwo = String(String.UnicodeScalarView(all.prefix(2).map(\.scalar)))
            if KoreanSurnames.spellings[firstTwo] != nil { familyCount = 2 }
        }
        let family = Array(all.prefix(familyCount))
        let given = Array(all.dropFirst(familyCount))
        let familyHangul = String(String.UnicodeScalarView(family.map(\.scalar)))
        let givenHangul = String(String.UnicodeScalarView(given.map(\.scalar)))

        var familySpellings = KoreanSurnames.spellings[familyHangul] ?? []
        for system in [KoreanRomanizationSystem.mccuneReischauerASCII, .northKorean, .revised] {
            let s = capitalized(syllables(of: family, system: system).joined())
            if !familySpellings.contains(s) { familySpellings.append(s) }
        }

        var givenSpellings = [String]()
        func addGiven(_ s: String) { if !s.isEmpty && !givenSpellings.contains(s) { givenSpellings.append(s) } }
        for system in [KoreanRomanizationSystem.northKorean, .mccuneReischauerASCII, .revised] {
            // Written apart, each syllable is word-initial (DPRK style "Jong Un", "Pong Ju").
            let apart = given.map { capitalized(syllables(of: [$0], system: system).joined()) }
            let together = syllables(of: given, system: system)
            addGiven(apart.joined(separator: " "))
            addGiven(capitalized(together.joined()))
            addGiven(capitalized(together.joined(separator: "-")))
        }
        return KoreanNameRomanization(
            familyName: familyHangul, givenName: givenHangul,
            familySpellings: familySpellings, givenSpellings: givenSpellings)
    }

    /// One conventional spelling of a Hangul personal name in `system`: surname first, given-name
    /// syllables written apart for MR and DPRK practice ("Kim Sang Man"), hyphenated for RR
    /// ("Gim Sang-man"). Nil when the name is not purely Hangul.
    public static func nameSpelling(_ name: String, system: KoreanRomanizationSystem) -> String? {
        guard let parts = romanizeName(name) else { return nil }
        let family = HangulSyllable.decompose(parts.familyName)
        let given = HangulSyllable.decompose(parts.givenName)
        let familyLatin = capitalized(syllables(of: family, system: system).joined())
        if given.isEmpty { return familyLatin }
        let givenLatin: String
        if system == .revised {
            givenLatin = capitalized(syllables(of: given, system: system).joined(separator: "-"))
        } else {
            givenLatin = given.map { capitalized(syllables(of: [$0], system: system).joined()) }.joined(separator: " ")
        }
        return familyLatin + " " + givenLatin
    }

    /// The usual Latin spellings of a Hangul surname (김 → Kim, Gim), most common on lists first.
    /// Empty for surnames not in the table; `romanizeName` still romanizes those.
    public static func surnameSpellings(_ hangul: String) -> [String] {
        KoreanSurnames.spellings[hangul] ?? []
    }

    /// The Hangul surnames whose usual spellings include `latin` (case-insensitive): "Lee" → 이, 리.
    /// Lets the matcher treat "Lee" and "Ri" as the same family name without a fuzzy score.
    public static func surnames(forLatin latin: String) -> [String] {
        KoreanSurnames.byLatin[latin.lowercased()] ?? []
    }

    // MARK: - Syllable rules

    private static let voicedFinals: Set<Int> = [0, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 21]

    private static func romanize(
        _ s: HangulSyllable, previous: HangulSyllable?, next: HangulSyllable?, system: KoreanRomanizationSystem
    ) -> String {
        let initial: String
        let medial: String
        var final: String
        switch system {
        case .revised:
            initial = rrInitial(s.initial, previous: previous)
            medial = rrMedials[s.medial]
            final = finals[s.final]
        case .mccuneReischauer, .mccuneReischauerASCII:
            initial = mrInitial(s, previous: previous, northKorean: false, strict: system == .mccuneReischauer)
            medial = mrMedials[s.medial]
            final = finals[s.final]
        case .northKorean:
            initial = mrInitial(s, previous: previous, northKorean: true, strict: false)
            medial = nkMedials[s.medial]
            final = finals[s.final]
        }
        // ㄴ before ㄹ assimilates in MR (신라 → Silla).
        if system != .revised, s.final == 4, let next, next.initial == 5 { final = "l" }
        let syllable = initial + medial + final
        return system == .mccuneReischauerASCII ? asciiFromStrictMR(syllable, eoSpellings: false) : syllable
    }

    private static func rrInitial(_ i: Int, previous: HangulSyllable?) -> String {
        if i == 5, let previous, previous.final == 8 { return "l" }
        return rrInitials[i]
    }

    /// Strict MR writes ㅅ before ㅣ/ㅟ as "sh"; list data and DPRK practice keep "s" (Sinuiju, Sinpo).
    private static func mrInitial(_ s: HangulSyllable, previous: HangulSyllable?, northKorean: Bool, strict: Bool) -> String {
        let voiced = previous.map { voicedFinals.contains($0.final) } ?? false
        switch s.initial {
        case 0: return voiced ? "g" : "k"
        case 3: return voiced ? "d" : "t"
        case 7: return voiced ? "b" : "p"
        case 12: return northKorean || voiced ? "j" : "ch"
        case 5:
            guard let previous else { return "r" }
            if previous.final == 4 || previous.final == 8 { return "l" }
            return previous.final == 0 ? "r" : "n"
        case 9: return strict && (s.medial == 20 || s.medial == 16) ? "sh" : "s"
        case 13: return northKorean ? "jj" : "tch"
        case 14: return northKorean ? "ch" : "ch'"
        case 15: return northKorean ? "kh" : "k'"
        case 16: return northKorean ? "th" : "t'"
        case 17: return northKorean ? "ph" : "p'"
        default: return mrPlainInitials[s.initial]
        }
    }

    static func asciiFromStrictMR(_ s: String, eoSpellings: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s {
            switch ch {
            case "ŏ": out += eoSpellings ? "eo" : "o"
            case "Ŏ": out += eoSpellings ? "Eo" : "O"
            case "ŭ": out += eoSpellings ? "eu" : "u"
            case "Ŭ": out += eoSpellings ? "Eu" : "U"
            case "'", "’": continue
            default: out.append(ch)
            }
        }
        return out
    }

    static func capitalized(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    private static let rrInitials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
    private static let mrPlainInitials = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h"]
    private static let rrMedials = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
    private static let mrMedials = ["a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i"]
    private static let nkMedials = ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"]
    private static let finals = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
}
