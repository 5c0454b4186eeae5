/// How far the address's own checksum vouches for it. A screening hit on an
/// address whose checksum was never present (Solana, lower-case hex) deserves less
/// trust in its spelling than one whose checksum verified.
public enum ChecksumStatus: String, Sendable, Hashable, Codable {
    case verified
    /// The format or this spelling carries no checksum (Solana keys; all-lower or
    /// all-upper hex, where EIP-55 is not expressed).
    case notPresent
    /// A checksum was present and did not match.
    case mismatch
    /// The input failed before a checksum could be examined.
    case notChecked
}
