import CordonModel

/// A listed name by entity and text: what an evaluation holds out of the index.
public struct NameReference: Sendable, Hashable, Codable {
    public var entity: EntityID
    public var name: String

    public init(entity: EntityID, name: String) {
        self.entity = entity
        self.name = name
    }
}
