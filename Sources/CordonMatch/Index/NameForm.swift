/// One written form of a name in tokens: the name as listed, or one of its
/// romanizations. Every form is indexed and compared on its own, and the best
/// form wins, so a Hangul listing is found from "Kim Sang Man" and from "김상만".
struct NameForm: Sendable, Hashable {
    var text: String
    var tokens: [AnalyzedToken]
    var isTransliterated: Bool
}
