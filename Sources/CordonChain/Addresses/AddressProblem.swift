/// Why an input is not (or not quite) an address of the asked-for kind. Typed so
/// callers can tell a probable typo (checksum) from a wrong chain or from junk,
/// which call for different handling in a screening workflow. Offsets count UTF-8
/// bytes of the input after surrounding whitespace was trimmed.
public enum AddressProblem: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case tooLong(length: Int, limit: Int)
    case nonASCII(offset: Int)
    case controlCharacter(offset: Int, byte: UInt8)
    case innerWhitespace(offset: Int)
    case invalidCharacter(offset: Int, character: Character, format: AddressFormat)
    /// `length` counts characters, or decoded bytes for Base58 formats.
    case invalidLength(format: AddressFormat, length: Int)
    case unknownVersion(format: AddressFormat, version: [UInt8])
    case checksumMismatch(format: AddressFormat)
    /// Mixed-case hex whose EIP-55 checksum is wrong: most likely a typo in a
    /// letter's case or a digit. `expected` is the correctly checksummed spelling
    /// of the same bytes, which may not be the address the writer meant.
    case eip55ChecksumMismatch(expected: String)
    case mixedCase(format: AddressFormat)
    case missingSeparator
    case emptyHumanReadablePart
    case unknownHumanReadablePart(String)
    case checksumTooShort
    /// Segwit v0 must use Bech32 and v1+ Bech32m (BIP-350); a mismatch usually
    /// means software predating BIP-350 produced the address.
    case wrongChecksumVariant(expected: AddressFormat, found: AddressFormat)
    case invalidWitnessVersion(Int)
    case invalidWitnessProgramLength(version: Int, length: Int)
    case invalidPadding(format: AddressFormat)
    case emptyData(format: AddressFormat)
    case unknownAddressType(format: AddressFormat, type: Int)
    case hashSizeMismatch(format: AddressFormat, declaredBits: Int, actualBits: Int)
    /// Hex of a 32-byte value (a transaction id, key or hash), which OFAC has
    /// occasionally filed as an address.
    case hexHashNotAddress(length: Int)
    /// 40 hex digits without `0x`: an EVM address missing its prefix.
    case missingHexPrefix
    /// A well-formed address, but of a chain the requested asset does not live on.
    case belongsToOtherAsset(requested: AssetCode, detected: [AssetCode])
    case unrecognizedFormat

    public var description: String {
        switch self {
        case .empty:
            "empty or whitespace-only input"
        case let .tooLong(length, limit):
            "input of \(length) bytes exceeds the \(limit)-byte limit for any address"
        case let .nonASCII(offset):
            "non-ASCII character at byte \(offset); addresses are ASCII"
        case let .controlCharacter(offset, byte):
            "control character 0x\(String(byte, radix: 16)) at byte \(offset)"
        case let .innerWhitespace(offset):
            "whitespace inside the address at byte \(offset)"
        case let .invalidCharacter(offset, character, format):
            "character '\(character)' at byte \(offset) is not allowed in \(format.rawValue)"
        case let .invalidLength(format, length):
            "length \(length) is not valid for \(format.rawValue)"
        case let .unknownVersion(format, version):
            "unknown \(format.rawValue) version prefix 0x\(version.map { byteHex($0) }.joined()) (testnet or an unsupported coin?)"
        case let .checksumMismatch(format):
            "\(format.rawValue) checksum does not match: likely a typo"
        case let .eip55ChecksumMismatch(expected):
            "EIP-55 checksum (letter case) does not match, likely a typo; correctly checksummed form of these hex digits: \(expected)"
        case let .mixedCase(format):
            "\(format.rawValue) must be all lower case or all upper case"
        case .missingSeparator:
            "no '1' separator between human-readable part and data"
        case .emptyHumanReadablePart:
            "empty human-readable part before the '1' separator"
        case let .unknownHumanReadablePart(hrp):
            "unknown prefix '\(hrp)' (testnet or an unsupported chain?)"
        case .checksumTooShort:
            "data part shorter than the checksum"
        case let .wrongChecksumVariant(expected, found):
            "uses \(found.rawValue) checksum where \(expected.rawValue) is required (BIP-350)"
        case let .invalidWitnessVersion(version):
            "witness version \(version) is out of range 0...16"
        case let .invalidWitnessProgramLength(version, length):
            "witness program of \(length) bytes is not valid for version \(version)"
        case let .invalidPadding(format):
            "invalid padding bits in \(format.rawValue) data"
        case let .emptyData(format):
            "no data in \(format.rawValue) string"
        case let .unknownAddressType(format, type):
            "unknown \(format.rawValue) address type \(type)"
        case let .hashSizeMismatch(format, declaredBits, actualBits):
            "\(format.rawValue) declares a \(declaredBits)-bit hash but carries \(actualBits) bits"
        case let .hexHashNotAddress(length):
            "\(length) hex digits: a hash, transaction id or key, not an address"
        case .missingHexPrefix:
            "40 hex digits without the 0x prefix of an EVM address"
        case let .belongsToOtherAsset(requested, detected):
            "valid address, but not for \(requested.rawValue); it fits \(detected.map(\.rawValue).joined(separator: ", "))"
        case .unrecognizedFormat:
            "matches no supported address format"
        }
    }
}

private func byteHex(_ byte: UInt8) -> String {
    let digits: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"]
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]])
}
