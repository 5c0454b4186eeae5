/// One output line: `{"id":…,"matches":[…]}` or `{"id":…,"error":"line 7: …"}`.
public struct BatchResult: Codable, Sendable {
    public var id: String
    public var matches: [ScreeningMatch]?
    public var error: String?

    public init(id: String, matches: [ScreeningMatch]? = nil, error: String? = nil) {
        self.id = id
        self.matches = matches
        self.error = error
    }
}
