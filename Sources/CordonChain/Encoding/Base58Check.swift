/// Base58 with a 4-byte double-SHA-256 checksum, used by the Bitcoin family, Dash,
/// Verge, Zcash, Tron and (with its own alphabet) Ripple. The checksum rejects a
/// typo with probability 1 - 2⁻³².
public enum Base58Check {
    /// Decodes and verifies; returns version prefix plus payload, without checksum.
    public static func decode(_ string: String, alphabet: Base58.Alphabet = .bitcoin) throws(AddressProblem) -> [UInt8] {
        let format: AddressFormat = alphabet == .ripple ? .rippleBase58Check : .base58Check
        return try ASCIIBytes.with(string) { (buffer) throws(AddressProblem) in
            try decode(buffer, alphabet: alphabet, format: format)
        }
    }

    /// Encodes version prefix plus payload, appending the checksum.
    public static func encode(_ versionAndPayload: [UInt8], alphabet: Base58.Alphabet = .bitcoin) -> String {
        let check = versionAndPayload.withUnsafeBufferPointer { SHA256.doubleHashPrefix($0) }
        var bytes = versionAndPayload
        bytes.append(UInt8(truncatingIfNeeded: check >> 24))
        bytes.append(UInt8(truncatingIfNeeded: check >> 16))
        bytes.append(UInt8(truncatingIfNeeded: check >> 8))
        bytes.append(UInt8(truncatingIfNeeded: check))
        return Base58.encode(bytes, alphabet: alphabet)
    }

    static func decode(
        _ text: UnsafeBufferPointer<UInt8>, alphabet: Base58.Alphabet, format: AddressFormat
    ) throws(AddressProblem) -> [UInt8] {
        var bytes = try Base58.decode(text, alphabet: alphabet, format: format)
        guard bytes.count > 4 else { throw .invalidLength(format: format, length: bytes.count) }
        guard hasValidChecksum(bytes) else { throw .checksumMismatch(format: format) }
        bytes.removeLast(4)
        return bytes
    }

    /// Whether the last four bytes of `bytes` are the checksum of the rest.
    static func hasValidChecksum(_ bytes: [UInt8]) -> Bool {
        let n = bytes.count
        guard n > 4 else { return false }
        return bytes.withUnsafeBufferPointer { all in
            let check = SHA256.doubleHashPrefix(UnsafeBufferPointer(rebasing: all[0..<(n &- 4)]))
            let stored = UInt32(all[n &- 4]) &<< 24 | UInt32(all[n &- 3]) &<< 16
                | UInt32(all[n &- 2]) &<< 8 | UInt32(all[n &- 1])
            return check == stored
        }
    }
}
