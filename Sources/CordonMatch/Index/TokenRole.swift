import CordonText

/// The part a token plays in a name, which decides its weight: words and
/// numbers identify, particles barely do, legal forms hardly at all.
enum TokenRole: UInt8, Sendable {
    case word
    case number
    case particle
    case legalForm

    init?(_ kind: NameToken.Kind) {
        switch kind {
        case .word: self = .word
        case .number: self = .number
        case .particle: self = .particle
        case .legalForm: self = .legalForm
        case .honorific, .stopWord: return nil
        }
    }
}
