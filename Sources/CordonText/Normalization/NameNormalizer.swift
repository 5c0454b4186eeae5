import Foundation

/// Turns a raw name into comparable tokens. Every list spells names differently (case, accents,
/// punctuation, compatibility characters, "Co., Ltd." vs "Company"), so both sides of every
/// comparison must pass through the same normalization before any metric is meaningful.
///
/// Normalization keeps the script: Cyrillic stays Cyrillic, Hangul stays Hangul. Use
/// `Transliterator` for a Latin form.
public struct NameNormalizer: Sendable, Hashable {
    public struct Options: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Join hyphenated parts ("Sang-man" → "sangman") instead of splitting them. Splitting is the
        /// default because it also handles "al-Baghdadi" and "Jean-Pierre"; the matcher can still
        /// compare concatenations.
        public static let joinHyphens = Options(rawValue: 1 << 0)
    }

    public var options: Options

    public init(options: Options = []) {
        self.options = options
    }

    /// NFKC, case folding, Latin/Greek/Arabic/Hebrew diacritics and vowel marks removed,
    /// apostrophes dropped (O'Brien → obrien, Ch'oe → choe), dotted initials joined
    /// (L.L.C. → llc), other punctuation to spaces, digits to ASCII, whitespace collapsed.
    public func normalize(_ text: String) -> String {
        // Unicode normalization goes through NSString on Linux and dominated
        // index building; for ASCII text (most listed names) it is the identity.
        let decomposed: String
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            decomposed = text.lowercased()
        } else {
            var s = text.precomposedStringWithCompatibilityMapping
            if s.contains("(") {
                for (marker, expansion) in Self.parenthesizedForms { s = s.replacingOccurrences(of: marker, with: expansion) }
            }
            decomposed = s.lowercased().decomposedStringWithCanonicalMapping
        }
        var out = String.UnicodeScalarView()
        var baseScript: Script?
        var needsSpace = false
        var lettersInWord = 0

        func appendLetters(_ scalars: String) {
            if needsSpace && !out.isEmpty { out.append(" ") }
            needsSpace = false
            out.append(contentsOf: scalars.unicodeScalars)
            lettersInWord += 1
        }
        func separate() {
            needsSpace = true
            lettersInWord = 0
        }

        for scalar in decomposed.unicodeScalars {
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                if let baseScript, Self.keepsMarks(baseScript) { out.append(scalar) }
            case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter:
                if Self.apostrophes.contains(scalar.value) || scalar.value == 0x640 { continue }
                if let replacement = Self.letterReplacements[scalar.value] {
                    baseScript = .latin
                    appendLetters(replacement)
                } else {
                    baseScript = ScriptDetector.script(of: scalar) ?? baseScript
                    appendLetters(String(scalar))
                }
            case .decimalNumber:
                if let digit = properties.numericValue, digit >= 0, digit <= 9 {
                    appendLetters(String(Int(digit)))
                } else {
                    separate()
                }
            case .format:
                continue
            default:
                let v = scalar.value
                if Self.apostrophes.contains(v) { continue }
                if Self.hyphens.contains(v) {
                    if !options.contains(.joinHyphens) { separate() }
                    continue
                }
                if v == 0x2E, lettersInWord == 1 {
                    lettersInWord = 0
                    continue
                }
                if v == 0x26 {
                    separate()
                    appendLetters("and")
                    separate()
                    continue
                }
                separate()
            }
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// Normalizes and classifies. Every token is kept, in order, with its kind; filter with
    /// `NameToken.isSignificant` or use `significantTokens`.
    public func tokenize(_ text: String) -> [NameToken] {
        let normalized = normalize(text)
        var raw = [String]()
        for piece in normalized.split(separator: " ") {
            for part in Self.splitAtScriptBoundaries(String(piece)) {
                raw.append(contentsOf: Self.splitAttachedLegalForms(part))
            }
        }
        var tokens = [NameToken]()
        tokens.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            if let (form, length) = LegalForm.match(raw, at: i), length > 1 {
                tokens.append(NameToken(form.token, kind: .legalForm(form)))
                i += length
                continue
            }
            tokens.append(Self.classify(raw[i]))
            i += 1
        }
        return tokens
    }

    /// The texts of words and numbers only: titles, stop words, particles and legal forms removed.
    public func significantTokens(_ text: String) -> [String] {
        tokenize(text).filter(\.isSignificant).map(\.text)
    }

    /// The kind of a single already-normalized token.
    public static func classify(_ token: String) -> NameToken {
        if let form = LegalForm.classify(token) { return NameToken(form.token, kind: .legalForm(form)) }
        if let number = NameLexicon.number(token) { return NameToken(number, kind: .number) }
        if NameLexicon.honorifics.contains(token) { return NameToken(token, kind: .honorific) }
        if NameLexicon.stopWords.contains(token) { return NameToken(token, kind: .stopWord) }
        if NameLexicon.particles.contains(token) { return NameToken(token, kind: .particle) }
        return NameToken(token, kind: .word)
    }

    // MARK: - Helpers

    /// Accent marks carry no identity in Latin, Greek, Arabic (harakat) or Hebrew (niqqud) names, but
    /// in Cyrillic (й), Kana (dakuten) and Indic scripts they change the letter.
    private static func keepsMarks(_ script: Script) -> Bool {
        switch script {
        case .latin, .greek, .arabic, .hebrew: return false
        default: return true
        }
    }

    private static func splitAtScriptBoundaries(_ token: String) -> [String] {
        var parts = [String]()
        var current = String.UnicodeScalarView()
        var currentScript: Script?
        for scalar in token.unicodeScalars {
            if let s = ScriptDetector.script(of: scalar) {
                if let c = currentScript, c != s, !current.isEmpty, !(isCJK(c) && isCJK(s)) {
                    parts.append(String(current))
                    current = String.UnicodeScalarView()
                }
                currentScript = s
            }
            current.append(scalar)
        }
        if !current.isEmpty { parts.append(String(current)) }
        return parts
    }

    private static func isCJK(_ s: Script) -> Bool { s == .han || s == .kana || s == .hangul }

    private static func splitAttachedLegalForms(_ token: String) -> [String] {
        guard let first = token.unicodeScalars.first, let script = ScriptDetector.script(of: first), isCJK(script) else {
            return [token]
        }
        if LegalForm.classify(token) != nil { return [token] }
        var prefix: String?
        var body = token
        var suffix: String?
        for (form, _) in LegalForm.attached where body.count > form.count && body.hasPrefix(form) {
            prefix = form
            body = String(body.dropFirst(form.count))
            break
        }
        for (form, _) in LegalForm.attached where body.count > form.count && body.hasSuffix(form) {
            suffix = form
            body = String(body.dropLast(form.count))
            break
        }
        return [prefix, body, suffix].compactMap { $0 }
    }

    private static let parenthesizedForms: [(String, String)] = [
        ("(주)", " 주식회사 "), ("(株)", " 株式会社 "), ("(有)", " 有限会社 "), ("(유)", " 유한회사 "),
    ]

    private static let apostrophes: Set<UInt32> = [0x27, 0x60, 0xB4, 0x2018, 0x2019, 0x201B, 0x2032, 0x2BB, 0x2BC, 0x2BD, 0x2B9, 0x2BA, 0x2BE, 0x2BF]

    private static let hyphens: Set<UInt32> = [0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE63, 0xFF0D, 0x5BE]

    /// Latin letters with no canonical decomposition, and Greek final sigma.
    private static let letterReplacements: [UInt32: String] = [
        0xDF: "ss", 0xE6: "ae", 0x153: "oe", 0xF8: "o", 0x111: "d", 0x142: "l", 0xFE: "th", 0xF0: "d",
        0x131: "i", 0x127: "h", 0x167: "t", 0x14B: "ng", 0x17F: "s", 0x138: "k", 0x180: "b", 0x268: "i",
        0x3C2: "σ",
    ]
}
