/// One query unit aligned to one unit of a listed name.
struct AlignedPair: Sendable {
    var queryUnit: Int32
    var nameUnit: Int32
    var similarity: Float
    var reason: TokenMatchReason
}
