/// A query unit with its features, ready to be compared against vocabulary.
struct PreparedUnit: Sendable {
    var unit: NameUnit
    var features: TokenFeatures
}
