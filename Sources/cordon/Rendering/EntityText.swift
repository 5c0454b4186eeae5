import CordonModel

/// An entity's full record as an analyst reads it.
enum EntityText {
    static func render(_ entity: Entity, list: ListSnapshot) -> String {
        var lines = ["\(entity.id)  \(entity.caption)", "  schema       \(entity.schema.rawValue)",
                     "  list         \(list.source.title) (\(list.versionLabel))"]
        func add(_ label: String, _ values: [String]) {
            for (index, value) in values.enumerated() {
                lines.append("  " + (index == 0 ? label.padding(toLength: 12, withPad: " ", startingAt: 0) : String(repeating: " ", count: 12)) + " " + value)
            }
        }
        add("programs", [entity.programs.joined(separator: ", ")].filter { !$0.isEmpty })
        add("listed on", entity.listedOn.map { [$0.iso] } ?? [])
        add("names", entity.names.map { name in
            var tags = [name.kind.rawValue]
            if name.isWeak { tags.append("weak") }
            if let script = name.script, script != "Latn" { tags.append(script) }
            return "\(name.full)  (\(tags.joined(separator: ", ")))"
        })
        add("birth dates", entity.birthDates.map(\.description))
        add("birth place", entity.birthPlaces)
        add("nationality", entity.nationalities.map { $0.name + ($0.code.map { " (\($0))" } ?? "") })
        add("citizenship", entity.citizenships.map { $0.name + ($0.code.map { " (\($0))" } ?? "") })
        add("gender", entity.gender.map { [$0] } ?? [])
        add("titles", entity.titles)
        add("addresses", entity.addresses.map(\.line))
        add("identifiers", entity.identifiers.map { identifier in
            var text = "\(identifier.label ?? identifier.kind.rawValue): \(identifier.value)"
            if let country = identifier.country { text += " (\(country.name))" }
            if let issued = identifier.issued { text += " issued \(issued.iso)" }
            if let expires = identifier.expires { text += " expires \(expires.iso)" }
            if let note = identifier.note { text += " [\(note)]" }
            return text
        })
        add("relations", entity.relations.map { "\($0.kind) \($0.target)" + ($0.isFormer ? " (former)" : "") })
        add("properties", entity.properties.map { "\($0.label): \($0.value)" })
        add("remarks", entity.remarks)
        return lines.joined(separator: "\n")
    }
}
