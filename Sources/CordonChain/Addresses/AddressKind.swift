/// What an address pays to. Kept apart from ``AddressFormat`` because the same
/// encoding carries several kinds (Base58Check: P2PKH, P2SH, Tron accounts, …).
public enum AddressKind: String, Sendable, Hashable, CaseIterable, Codable {
    case payToPubKeyHash
    case payToScriptHash
    case witnessPubKeyHash
    case witnessScriptHash
    case taproot
    /// A segwit version or program length not yet given meaning by a soft fork;
    /// BIP-350 says senders must accept it.
    case futureWitness
    /// An account-model address (EVM, Tron, Ripple, BNB Beacon Chain, Solana).
    case account
    case moneroStandard
    case moneroIntegrated
    case moneroSubaddress
    case zcashSprout
    case zcashSapling
}
