/// The attributes of one start tag, in document order.
///
/// Elements carry few attributes, so a linear scan beats hashing.
struct XMLAttributes {
    var pairs: [(name: String, value: String)] = []

    subscript(_ name: String) -> String? {
        for pair in pairs where pair.name == name { return pair.value }
        return nil
    }

    func int(_ name: String) -> Int? { self[name].flatMap { Int($0) } }

    func bool(_ name: String) -> Bool { self[name] == "true" }
}
