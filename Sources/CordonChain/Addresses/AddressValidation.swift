/// The validator's verdict on one input. Carries enough to screen with (the
/// normalized lookup key even when invalid, since a list may itself hold a
/// malformed or typo'd address) and to explain a rejection.
public struct AddressValidation: Sendable, Hashable {
    public let input: String
    /// The asset the caller asked about, if any.
    public let requestedAsset: AssetCode?
    /// True when the input is a well-formed address with a passing (or absent)
    /// checksum and, if an asset was requested, one that asset can live on.
    public let isValid: Bool
    /// Lookup key: ``AddressValidator/normalize(_:)`` of the input.
    public let normalized: String
    /// Encodings the input decodes under (usually one).
    public let formats: [AddressFormat]
    public let kinds: [AddressKind]
    /// Chains the address could belong to; when an asset was requested and
    /// matched, only that asset's chains.
    public let chains: [Chain]
    /// Every asset that could live at this address, regardless of the requested
    /// one: what to suggest when the caller's asset code is wrong.
    public let candidateAssets: [AssetCode]
    public let checksum: ChecksumStatus
    public let problem: AddressProblem?

    /// A checksum was present and failed: the input is probably a mistyped
    /// address, worth flagging to a human rather than silently dropping.
    public var isLikelyTypo: Bool { checksum == .mismatch }

    /// Human-readable reason for rejection, nil when valid.
    public var reason: String? { problem?.description }
}
