/// Why two tokens were considered the same word, in terms an analyst can check.
public enum TokenMatchReason: String, Codable, Sendable {
    case exact
    case typo
    case koreanRomanization
    case russianTransliteration
    case arabicVariant
    /// Same consonant skeleton across romanizations (Ghassem / Qassem, Sitiimpeks / Citiimpex).
    case phonetic
    /// The same word in another form (Iran / Iranian, Industry / Industries).
    case wordForm
    case initial
    case acronym
}
