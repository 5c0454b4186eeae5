/// A labelled fact about a party that has no dedicated field.
public struct Property: Codable, Sendable, Hashable {
    public var label: String
    public var value: String

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}
