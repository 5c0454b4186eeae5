import CordonChain
import CordonModel

/// The JSON shape of one screened address, for single (`--json`) and batch
/// output alike, so scripts parse one format.
struct AddressRecord: Encodable {
    /// Line of the batch input file; absent for a single address.
    var line: Int?
    /// The caller's id from a JSON-lines batch input, echoed to join results back.
    var id: String?
    var input: String
    /// The asset code the caller asked about, in OFAC spelling.
    var asset: String?
    var valid: Bool
    var assetCandidates: [String]
    var normalized: String
    var checksum: String
    var likelyTypo: Bool
    var reason: String?
    var sanctioned: Bool
    var matches: [AddressBookEntry]

    init(_ screening: AddressScreening, line: Int? = nil, id: String? = nil) {
        self.line = line
        self.id = id
        input = screening.input
        asset = screening.requestedAsset?.rawValue
        valid = screening.isValid
        assetCandidates = screening.assetCandidates.map(\.rawValue)
        normalized = screening.normalized
        checksum = screening.checksum.rawValue
        likelyTypo = screening.isLikelyTypo
        reason = screening.reason
        sanctioned = screening.isSanctioned
        matches = screening.matches
    }
}
