/// One normalized token with its role, so the matcher can weight words, ignore titles and
/// down-weight legal forms without re-deriving any of it.
public struct NameToken: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// An ordinary name word: the only kind that should drive a match.
        case word
        /// A number, including folded ordinals ("110th", "Third", "III" → "110", "3", "3").
        case number
        /// A title that says nothing about identity (mr, dr, haji, sheikh).
        case honorific
        /// A function word (the, of, and).
        case stopWord
        /// A name particle (al, bin, van, de): part of the name, but weak evidence.
        case particle
        /// An organization legal form, folded to `LegalForm.token`.
        case legalForm(LegalForm)
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .word) {
        self.text = text
        self.kind = kind
    }

    /// Words and numbers: the tokens that identify an entity.
    public var isSignificant: Bool {
        switch kind {
        case .word, .number: return true
        default: return false
        }
    }

    public var legalForm: LegalForm? {
        if case .legalForm(let form) = kind { return form }
        return nil
    }
}
