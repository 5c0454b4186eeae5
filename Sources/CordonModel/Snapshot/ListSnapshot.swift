/// One version of one list, as loaded: what it is, when it was published,
/// the exact bytes it came from (sha256), its entities and what looked wrong.
///
/// Screening results name the snapshot they used, so an examiner can tell
/// which version of which list a decision rested on.
public struct ListSnapshot: Sendable {
    public var source: ListSource
    public var format: ListFormat
    /// The publication date the file itself states, where it states one.
    public var publishedOn: PartialDate?
    /// Hex SHA-256 of the uncompressed content (of every file, for multi-file sets).
    public var sha256: String
    /// The files it was read from, by name.
    public var files: [String]
    public var entities: [Entity]
    public var warnings: [ParseWarning]
    private var positions: [EntityID: Int]

    public init(source: ListSource, format: ListFormat, publishedOn: PartialDate?, sha256: String,
                files: [String], entities: [Entity], warnings: [ParseWarning] = []) {
        self.source = source
        self.format = format
        self.publishedOn = publishedOn
        self.sha256 = sha256
        self.files = files
        self.entities = entities
        self.warnings = warnings
        var positions = [EntityID: Int](minimumCapacity: entities.count)
        for (index, entity) in entities.enumerated() { positions[entity.id] = index }
        self.positions = positions
    }

    public func entity(_ id: EntityID) -> Entity? {
        positions[id].map { entities[$0] }
    }

    public var countsBySchema: [Schema: Int] {
        entities.reduce(into: [:]) { $0[$1.schema, default: 0] += 1 }
    }

    /// A short name for the version: source and date, or source and hash prefix.
    public var versionLabel: String {
        source.id + "@" + (publishedOn?.iso ?? String(sha256.prefix(12)))
    }
}
