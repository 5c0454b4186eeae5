/// The `<ReferenceValueSets>` of an advanced XML file: the id → meaning tables
/// (alias types, scripts, feature types, countries, document types …) that
/// the rest of the file refers to by number.
struct OFACReferenceValues {
    struct Value {
        var text: String
        var attributes: XMLAttributes
    }

    /// Set name (element name without "Values") → id → value.
    private(set) var sets: [String: [Int: Value]] = [:]

    static func read(_ reader: XMLPullReader) throws(ListError) -> OFACReferenceValues {
        var values = OFACReferenceValues()
        try reader.forEachChild { setName, _ throws(ListError) in
            var entries: [Int: Value] = [:]
            try reader.forEachChild { _, attributes throws(ListError) in
                let text = try reader.readLeafText()
                if let id = attributes.int("ID") { entries[id] = Value(text: text, attributes: attributes) }
            }
            values.sets[setName.hasSuffix("Values") ? String(setName.dropLast(6)) : setName] = entries
        }
        return values
    }

    func value(_ set: String, _ id: Int?) -> Value? {
        guard let id else { return nil }
        return sets[set]?[id]
    }

    func text(_ set: String, _ id: Int?) -> String? { value(set, id)?.text }
}
