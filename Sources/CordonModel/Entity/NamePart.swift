/// One typed part of a name ("Kim" as the family name of "Kim Sang Man").
public struct NamePart: Codable, Sendable, Hashable {
    public var kind: NamePartKind
    public var value: String

    public init(kind: NamePartKind, value: String) {
        self.kind = kind
        self.value = value
    }
}
