/// Transliterates Cyrillic (Russian, with the common Ukrainian and Belarusian letters) in the
/// conventions that sanctions lists, passports and the press use, so one Cyrillic name yields the
/// Latin spellings it will actually be found under.
public enum CyrillicRomanizer {
    /// Transliterates every Cyrillic letter in `text`; other characters pass through. Capitalization
    /// follows the source letter (Щукин → Shchukin, ЩУКИН → SHCHUKIN).
    public static func romanize(_ text: String, system: CyrillicRomanizationSystem) -> String {
        let chars = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (i, ch) in chars.enumerated() {
            let lower = Character(ch.lowercased())
            guard let latin = transliterate(lower, at: i, in: chars, system: system) else {
                out.append(ch)
                continue
            }
            if ch != lower && !latin.isEmpty {
                let neighbourUpper = (i + 1 < chars.count && chars[i + 1].isUppercase)
                    || (i > 0 && chars[i - 1].isUppercase && (i + 1 >= chars.count || !chars[i + 1].isLetter))
                out += neighbourUpper ? latin.uppercased() : latin.prefix(1).uppercased() + latin.dropFirst()
            } else {
                out += latin
            }
        }
        return out
    }

    /// Spellings across all systems (ISO 9 last, since its diacritics are rare in list data),
    /// plus the -i popular ending (Yuri alongside Yury), deduplicated.
    public static func variants(_ text: String) -> [String] {
        var out = [String]()
        func add(_ s: String) { if !s.isEmpty && !out.contains(s) { out.append(s) } }
        add(romanize(text, system: .bgnPcgn))
        add(romanize(text, system: .icao))
        add(romanize(text, system: .popular))
        add(popularWithIEnding(text))
        add(romanize(text, system: .scholarly))
        add(romanize(text, system: .iso9))
        return out
    }

    private static func popularWithIEnding(_ text: String) -> String {
        let romanized = romanize(text, system: .popular)
        // "Vitaly"/"Yury" → "Vitali"/"Yuri": only word-final y after a vowel letter that came from -ий.
        var words = romanized.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let sourceWords = text.split(separator: " ", omittingEmptySubsequences: false).map { $0.lowercased() }
        for i in words.indices where i < sourceWords.count && sourceWords[i].hasSuffix("ий") {
            if words[i].hasSuffix("y") { words[i].removeLast(); words[i] += "i" }
            else if words[i].hasSuffix("Y") { words[i].removeLast(); words[i] += "I" }
        }
        return words.joined(separator: " ")
    }

    private static let vowels: Set<Character> = ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "і", "ї", "є"]

    private static func transliterate(_ c: Character, at i: Int, in chars: [Character], system: CyrillicRomanizationSystem) -> String? {
        let previous: Character? = i > 0 ? Character(chars[i - 1].lowercased()) : nil
        let next: Character? = i + 1 < chars.count ? Character(chars[i + 1].lowercased()) : nil
        let wordStart = previous == nil || !(previous!.isLetter)
        let wordEnd = next == nil || !(next!.isLetter)
        // BGN/PCGN writes е/ё as ye/yë at the start of a word, after vowels and after й, ъ, ь.
        let yContext = wordStart || vowels.contains(previous!) || previous == "й" || previous == "ъ" || previous == "ь"

        switch system {
        case .iso9:
            return iso9[c]
        case .scholarly:
            return scholarly[c]
        case .icao:
            return icao[c]
        case .bgnPcgn:
            switch c {
            case "е": return yContext ? "ye" : "e"
            case "ё": return yContext ? "yo" : "e"
            default: return bgn[c]
            }
        case .popular:
            switch c {
            case "е": return wordStart ? "ye" : "e"
            case "ё": return "yo"
            case "й":
                if wordEnd, previous == "и" || previous == "ы" { return "" }
                return "y"
            case "и", "ы":
                if next == "й", i + 2 >= chars.count || !chars[i + 2].isLetter { return "y" }
                return c == "и" ? "i" : "y"
            case "ь", "ъ": return ""
            default: return bgn[c]
            }
        }
    }

    private static let common: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "з": "z", "и": "i", "к": "k", "л": "l",
        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
        "ґ": "g", "і": "i",
    ]

    private static let bgn: [Character: String] = common.merging([
        "е": "e", "ё": "e", "ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ї": "yi", "є": "ye", "ў": "w",
    ]) { a, _ in a }

    private static let icao: [Character: String] = common.merging([
        "е": "e", "ё": "e", "ж": "zh", "й": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia", "ї": "i", "є": "ie", "ў": "u",
    ]) { a, _ in a }

    private static let scholarly: [Character: String] = common.merging([
        "е": "e", "ё": "jo", "ж": "zh", "й": "j", "х": "kh", "ц": "c", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja", "ї": "ji", "є": "je", "ў": "u",
    ]) { a, _ in a }

    private static let iso9: [Character: String] = common.merging([
        "е": "e", "ё": "ë", "ж": "ž", "й": "j", "х": "h", "ц": "c", "ч": "č", "ш": "š", "щ": "ŝ",
        "ъ": "ʺ", "ы": "y", "ь": "ʹ", "э": "è", "ю": "û", "я": "â", "ї": "ï", "є": "ê", "ў": "ǔ",
    ]) { a, _ in a }
}
