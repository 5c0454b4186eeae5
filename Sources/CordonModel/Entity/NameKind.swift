/// How a list presents a name: the primary name, or one of the alias kinds
/// OFAC distinguishes (also known as, formerly known as, now known as).
public enum NameKind: String, Codable, Sendable, CaseIterable {
    case primary
    case aka
    case fka
    case nka

    /// Maps the words the lists use ("a.k.a.", "aka", "F.K.A.", "Name") to a kind.
    public init?(sourceLabel: String) {
        let folded = sourceLabel.lowercased().filter { $0.isLetter }
        switch folded {
        case "name", "primary", "primaryname": self = .primary
        case "aka", "alias", "alsoknownas": self = .aka
        case "fka", "formerlyknownas", "formername", "previousname": self = .fka
        case "nka", "nowknownas": self = .nka
        default: return nil
        }
    }
}
