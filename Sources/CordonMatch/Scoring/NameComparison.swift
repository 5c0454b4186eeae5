/// The outcome of comparing one query form with one indexed name.
struct NameComparison: Sendable {
    var score: Float
    var pairs: [AlignedPair]
    var queryMask: UInt64
    var nameMask: UInt64
}
