import CordonText

/// Turns name text into comparable forms. Index and query go through the same
/// code, so both sides of every comparison are normalized identically.
struct NameAnalyzer: Sendable {
    let normalizer = NameNormalizer()
    /// Romanizations kept per non-Latin name; the first few cover the systems lists actually use.
    var variantLimit = 6

    func forms(of text: String) -> [NameForm] {
        var forms = [NameForm]()
        var seen = Set<[String]>()
        func add(_ text: String, transliterated: Bool) {
            let tokens = tokenize(text)
            guard !tokens.isEmpty, seen.insert(tokens.map(\.text)).inserted else { return }
            forms.append(NameForm(text: text, tokens: tokens, isTransliterated: transliterated))
        }
        add(text, transliterated: false)
        if !ScriptDetector.isLatin(text) {
            for variant in Transliterator.latinVariants(text, limit: variantLimit) {
                add(variant, transliterated: true)
            }
        }
        return forms
    }

    func tokenize(_ text: String) -> [AnalyzedToken] {
        var out = [AnalyzedToken]()
        for token in normalizer.tokenize(text) {
            guard let role = TokenRole(token.kind) else { continue }
            out.append(AnalyzedToken(text: token.text, role: role))
            if out.count == NameUnit.maxTokens { break }
        }
        return out
    }
}
