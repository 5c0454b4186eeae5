/// The text encoding an address was written in. Screening needs it because the
/// encoding decides whether letter case matters for lookups and what a checksum
/// failure means.
public enum AddressFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// Bitcoin-style Base58 with a version prefix and double-SHA-256 checksum
    /// (Bitcoin family, Dash, Verge, Zcash transparent and Sprout, Tron).
    case base58Check
    /// Base58Check over Ripple's own alphabet.
    case rippleBase58Check
    /// Plain Base58 with no checksum (Solana public keys): any typo still decodes.
    case base58
    /// Monero's block-wise Base58 with a Keccak-256 checksum.
    case moneroBase58
    /// BIP-173 Bech32 (segwit v0, BNB Beacon Chain, Zcash Sapling).
    case bech32
    /// BIP-350 Bech32m (segwit v1 and later, e.g. Taproot).
    case bech32m
    /// Bitcoin Cash CashAddr.
    case cashAddr
    /// `0x` followed by 40 hex digits (EVM chains); mixed case carries an EIP-55 checksum.
    case ethereumHex

    /// Whether letter case is irrelevant for equality, so lookups must lower-case.
    public var isCaseInsensitive: Bool {
        switch self {
        case .bech32, .bech32m, .cashAddr, .ethereumHex: true
        case .base58Check, .rippleBase58Check, .base58, .moneroBase58: false
        }
    }
}
