/// One FollowTheMoney entity as it appears in a JSON line: a schema and a bag
/// of multi-valued properties. References to other entities are ids.
struct FollowTheMoneyRecord {
    var id: String
    var schema: String
    var properties: [String: [String]]
    var datasets: [String]
    var line: Int

    func values(_ key: String) -> [String] { properties[key] ?? [] }

    func first(_ key: String) -> String? { properties[key]?.first }
}
