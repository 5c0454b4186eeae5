/// One way an input decodes: an encoding, what it pays to, and the chains that
/// use that encoding with that version prefix.
struct Interpretation: Sendable, Hashable {
    let format: AddressFormat
    let kind: AddressKind
    let chains: ChainSet
}
