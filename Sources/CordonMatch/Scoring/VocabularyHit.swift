/// A vocabulary unit found similar to one query unit.
struct VocabularyHit: Sendable {
    var queryUnit: Int32
    var similarity: Float
    var reason: TokenMatchReason
}
