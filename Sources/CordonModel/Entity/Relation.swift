/// A link from one listed party to another ("owned or controlled by",
/// "linked to"), so that a hit can be followed to the network behind it.
public struct Relation: Codable, Sendable, Hashable {
    /// The relation in the source's words.
    public var kind: String
    public var target: EntityID
    public var isFormer: Bool

    public init(kind: String, target: EntityID, isFormer: Bool = false) {
        self.kind = kind
        self.target = target
        self.isFormer = isFormer
    }
}
