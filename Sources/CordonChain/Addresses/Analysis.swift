/// Raw outcome of decoding, before an asset filter is applied. An interpretation
/// may coexist with a problem (an EIP-55 mismatch still identifies the chains).
struct Analysis: Sendable {
    var interpretations: [Interpretation]
    var checksum: ChecksumStatus
    var problem: AddressProblem?

    static func failure(_ problem: AddressProblem, checksum: ChecksumStatus = .notChecked) -> Analysis {
        Analysis(interpretations: [], checksum: checksum, problem: problem)
    }

    static func success(_ interpretation: Interpretation, checksum: ChecksumStatus = .verified) -> Analysis {
        Analysis(interpretations: [interpretation], checksum: checksum, problem: nil)
    }
}
