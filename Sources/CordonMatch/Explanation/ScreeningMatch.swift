import CordonModel

/// One listed party that matches a query, with the list version it came from
/// so a decision can be traced to the exact list an examiner asks about.
public struct ScreeningMatch: Codable, Sendable, Hashable {
    public var entityId: EntityID
    public var caption: String
    public var schema: Schema
    public var programs: [String]
    /// In [0, 1]; comparable across queries only within one algorithm.
    public var score: Double
    public var matchedName: String
    public var explanation: MatchExplanation
    public var listVersion: String

    public init(entityId: EntityID, caption: String, schema: Schema, programs: [String], score: Double,
                matchedName: String, explanation: MatchExplanation, listVersion: String) {
        self.entityId = entityId
        self.caption = caption
        self.schema = schema
        self.programs = programs
        self.score = score
        self.matchedName = matchedName
        self.explanation = explanation
        self.listVersion = listVersion
    }
}
