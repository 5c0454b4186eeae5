import CordonModel

/// What `cordon lists show` reports about one loaded list.
struct SnapshotSummary: Encodable {
    var source: String
    var title: String
    var format: String
    var files: [String]
    var publishedOn: String?
    var sha256: String
    var entities: Int
    var bySchema: [String: Int]
    var warnings: [String]

    init(_ snapshot: ListSnapshot) {
        source = snapshot.source.id
        title = snapshot.source.title
        format = snapshot.format.rawValue
        files = snapshot.files
        publishedOn = snapshot.publishedOn?.iso
        sha256 = snapshot.sha256
        entities = snapshot.entities.count
        bySchema = Dictionary(uniqueKeysWithValues: snapshot.countsBySchema.map { ($0.key.rawValue, $0.value) })
        warnings = snapshot.warnings.map(\.description)
    }

    var text: String {
        var lines = ["\(source)  \(title)"]
        lines.append("  format     \(format)")
        lines.append("  files      \(files.joined(separator: ", "))")
        lines.append("  published  \(publishedOn ?? "not stated in the file")")
        lines.append("  sha256     \(sha256)")
        let schemas = bySchema.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        lines.append("  entities   \(entities) (\(schemas))")
        lines.append("  warnings   \(warnings.count)")
        for warning in warnings.prefix(20) { lines.append("    - \(warning)") }
        if warnings.count > 20 { lines.append("    … \(warnings.count - 20) more (use --json for all)") }
        return lines.joined(separator: "\n")
    }
}
