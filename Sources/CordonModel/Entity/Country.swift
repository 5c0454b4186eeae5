/// A country as a list names it, with its ISO 3166-1 alpha-2 code where the
/// source or Cordon's own table knows it. Lists spell countries differently
/// ("Korea, North", "Democratic People's Republic of Korea", "KP"); the code
/// is what screening compares.
public struct Country: Codable, Sendable, Hashable {
    public var name: String
    public var code: String?

    public init(name: String, code: String? = nil) {
        self.name = name
        self.code = code ?? CountryCodes.code(for: name)
    }
}
