/// The answer for one screened address: whether the input is a usable address
/// and whether any loaded list names it. The two are reported side by side
/// rather than one gating the other, because lists carry malformed and
/// mistyped addresses that must still match exactly as listed.
public struct AddressScreening: Sendable, Hashable {
    /// The full verdict, for callers that need formats, kinds and chains too.
    public let validation: AddressValidation
    /// Every listing of the address across the loaded lists, in list order;
    /// empty when it is not sanctioned.
    public let matches: [AddressBookEntry]

    public init(validation: AddressValidation, matches: [AddressBookEntry]) {
        self.validation = validation
        self.matches = matches
    }

    /// The text as given, untrimmed, so a report shows what was actually screened.
    public var input: String { validation.input }
    /// The asset the caller named, if any; matches are reported whatever it was.
    public var requestedAsset: AssetCode? { validation.requestedAsset }
    /// A well-formed address with a passing (or absent) checksum that fits the requested asset.
    public var isValid: Bool { validation.isValid }
    /// Assets that could live at this address whatever was asked for, so a
    /// caller with the wrong asset code learns the right one.
    public var assetCandidates: [AssetCode] { validation.candidateAssets }
    /// The key the address was looked up by.
    public var normalized: String { validation.normalized }
    /// How far the address's own checksum vouches for its spelling.
    public var checksum: ChecksumStatus { validation.checksum }
    /// The checksum failed: probably a mistyped address. Worth a human look
    /// even when it matched, since the writer may have meant another address.
    public var isLikelyTypo: Bool { validation.isLikelyTypo }
    /// Why the input is not a valid address (or not for the requested asset); nil when valid.
    public var reason: String? { validation.reason }
    /// The typed form of ``reason``, for callers that branch on the kind of problem.
    public var problem: AddressProblem? { validation.problem }
    /// Some loaded list names this address, whether or not the input is valid.
    public var isSanctioned: Bool { !matches.isEmpty }
}
