import Foundation

/// Produces Latin forms of names in any script so that a name listed as "Андреев", "김상만" or
/// "محمد" can be compared with its Latin listings.
///
/// Hangul goes through `KoreanRomanizer` and Cyrillic through `CyrillicRomanizer`, because ICU's
/// generic transforms produce a single, system-specific spelling (and for Hangul, not the one
/// sanctions lists use). Every other script uses ICU ("Any-Latin; Latin-ASCII").
public enum Transliterator {
    /// One ASCII Latin form: MR (DPRK practice) for Hangul, BGN/PCGN for Cyrillic, ICU otherwise.
    /// Latin text passes through unchanged (normalize it separately); characters ICU cannot
    /// transliterate are kept as they are.
    public static func toLatin(_ text: String) -> String {
        var out = ""
        for run in ScriptDetector.runs(in: text) {
            out += primary(run)
        }
        return out
    }

    /// Latin spellings across romanization systems, most common first, deduplicated and capped at
    /// `limit` (the cross product across runs grows quickly). Hangul personal names also yield
    /// surname-first forms with the usual surname spellings ("Kim Sang Man", "Gim Sang-man").
    public static func latinVariants(_ text: String, limit: Int = 16) -> [String] {
        guard limit > 0 else { return [] }
        var combined = [""]
        for run in ScriptDetector.runs(in: text) {
            let options = variants(run)
            var next = [String]()
            outer: for prefix in combined {
                for option in options {
                    next.append(prefix + option)
                    if next.count >= limit { break outer }
                }
            }
            combined = next
        }
        var out = [String]()
        for s in combined where !s.isEmpty && !out.contains(s) { out.append(s) }
        return out
    }

    /// ICU's "Any-Latin; Latin-ASCII" transform, exposed for scripts Cordon has no dedicated
    /// romanizer for. Nil when ICU cannot transform the text.
    public static func icuLatin(_ text: String) -> String? {
        text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false)
    }

    private static func primary(_ run: ScriptRun) -> String {
        switch run.script {
        case nil, .latin?: return run.text
        case .hangul?: return KoreanRomanizer.romanize(run.text, system: .northKorean)
        case .cyrillic?: return CyrillicRomanizer.romanize(run.text, system: .bgnPcgn)
        default: return icuLatin(run.text) ?? run.text
        }
    }

    private static func variants(_ run: ScriptRun) -> [String] {
        switch run.script {
        case .hangul?:
            var out = [String]()
            func add(_ s: String) { if !out.contains(s) { out.append(s) } }
            let trimmed = run.text.trimmingCharacters(in: .whitespaces)
            let words = trimmed.split(separator: " ")
            let leading = run.text.prefix { $0 == " " }
            let trailing = run.text.reversed().prefix { $0 == " " }
            // Only name-shaped runs (2–4 syllables opening with a known surname) get surname-first forms.
            let syllableCount = trimmed.unicodeScalars.filter { HangulSyllable($0) != nil }.count
            if (1...2).contains(words.count), (2...4).contains(syllableCount), let name = KoreanRomanizer.romanizeName(trimmed),
               !name.givenName.isEmpty, !KoreanRomanizer.surnameSpellings(name.familyName).isEmpty {
                for full in name.fullNames(limit: 12) { add(leading + full + String(trailing)) }
            }
            for v in KoreanRomanizer.variants(run.text) { add(v) }
            return out
        case .cyrillic?:
            return CyrillicRomanizer.variants(run.text)
        default:
            return [primary(run)]
        }
    }
}
