import CordonModel

/// What `cordon lists diff` reports.
struct DiffReport: Encodable {
    struct Item: Encodable {
        var id: String
        var caption: String
        var schema: String
        var programs: [String]
    }

    struct Changed: Encodable {
        var id: String
        var caption: String
        var fields: [String]
    }

    var old: SnapshotSummary
    var new: SnapshotSummary
    var added: [Item]
    var removed: [Item]
    var changed: [Changed]

    init(old: ListSnapshot, new: ListSnapshot) {
        let diff = ListDiff(old: old, new: new)
        self.old = SnapshotSummary(old)
        self.new = SnapshotSummary(new)
        let item = { (entity: Entity) in Item(id: entity.id.description, caption: entity.caption, schema: entity.schema.rawValue, programs: entity.programs) }
        added = diff.added.map(item)
        removed = diff.removed.map(item)
        changed = diff.changed.map { Changed(id: $0.id.description, caption: $0.caption, fields: $0.fields) }
    }

    var text: String {
        var lines = ["\(old.source) \(old.publishedOn ?? String(old.sha256.prefix(12))) → \(new.source) \(new.publishedOn ?? String(new.sha256.prefix(12)))",
                     "added \(added.count), removed \(removed.count), changed \(changed.count)"]
        for entry in added { lines.append("+ \(entry.id)  \(entry.caption)  [\(entry.programs.joined(separator: ", "))]") }
        for entry in removed { lines.append("- \(entry.id)  \(entry.caption)  [\(entry.programs.joined(separator: ", "))]") }
        for entry in changed { lines.append("~ \(entry.id)  \(entry.caption)  (\(entry.fields.joined(separator: ", ")))") }
        return lines.joined(separator: "\n")
    }
}
