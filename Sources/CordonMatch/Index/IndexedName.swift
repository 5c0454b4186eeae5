/// One written form of one listed name, ready to score: the entity it belongs
/// to, which of its names, and the precomputed units and weights.
struct IndexedName: Sendable {
    var entity: Int32
    var nameIndex: Int32
    var form: String
    var isTransliterated: Bool
    var isWeak: Bool
    /// Vocabulary ids of the single tokens, in order.
    var tokens: [Int32]
    var tokenWeights: [Float]
    var units: [IndexedUnit]
    var totalWeight: Float
}
