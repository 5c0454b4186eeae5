/// A unit of an indexed name, interned: vocabulary id, covered token positions, weight.
struct IndexedUnit: Sendable {
    var vocab: Int32
    var mask: UInt64
    var weight: Float
}
