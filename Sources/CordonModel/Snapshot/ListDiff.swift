/// What changed between two versions of a list: the question every monitoring
/// run asks the day a list is republished.
public struct ListDiff: Sendable {
    public var added: [Entity]
    public var removed: [Entity]
    public var changed: [EntityChange]

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    /// Compares by entity id. Field order inside lists (aliases, documents) is
    /// ignored: a list that merely reorders an entity's aliases has not changed it.
    public init(old: [Entity], new: [Entity]) {
        let oldByID = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.map(\.id))
        added = new.filter { oldByID[$0.id] == nil }
        removed = old.filter { !newIDs.contains($0.id) }
        changed = new.compactMap { entity in
            guard let before = oldByID[entity.id] else { return nil }
            let fields = ListDiff.changedFields(before, entity)
            return fields.isEmpty ? nil : EntityChange(id: entity.id, caption: entity.caption, fields: fields)
        }
        added.sort { $0.id < $1.id }
        removed.sort { $0.id < $1.id }
        changed.sort { $0.id < $1.id }
    }

    public init(old: ListSnapshot, new: ListSnapshot) {
        self.init(old: old.entities, new: new.entities)
    }

    private static let comparisons: [(String, @Sendable (Entity, Entity) -> Bool)] = [
        ("schema", { $0.schema == $1.schema }),
        ("names", { Set($0.names) == Set($1.names) }),
        ("birthDates", { Set($0.birthDates) == Set($1.birthDates) }),
        ("birthPlaces", { Set($0.birthPlaces) == Set($1.birthPlaces) }),
        ("nationalities", { Set($0.nationalities) == Set($1.nationalities) }),
        ("citizenships", { Set($0.citizenships) == Set($1.citizenships) }),
        ("addresses", { Set($0.addresses) == Set($1.addresses) }),
        ("identifiers", { Set($0.identifiers) == Set($1.identifiers) }),
        ("programs", { Set($0.programs) == Set($1.programs) }),
        ("listedOn", { $0.listedOn == $1.listedOn }),
        ("gender", { $0.gender == $1.gender }),
        ("titles", { Set($0.titles) == Set($1.titles) }),
        ("remarks", { $0.remarks == $1.remarks }),
        ("relations", { Set($0.relations) == Set($1.relations) }),
        ("properties", { Set($0.properties) == Set($1.properties) }),
    ]

    static func changedFields(_ old: Entity, _ new: Entity) -> [String] {
        comparisons.compactMap { name, same in same(old, new) ? nil : name }
    }
}
