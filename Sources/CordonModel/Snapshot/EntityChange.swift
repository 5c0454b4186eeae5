/// How one entity differs between two versions of a list.
public struct EntityChange: Codable, Sendable, Hashable {
    public var id: EntityID
    public var caption: String
    /// The fields that differ, by their JSON names ("names", "identifiers" …).
    public var fields: [String]

    public init(id: EntityID, caption: String, fields: [String]) {
        self.id = id
        self.caption = caption
        self.fields = fields
    }
}
