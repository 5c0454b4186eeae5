/// EIP-55 mixed-case checksums for `0x` addresses. The checksum lives only in the
/// letter case, so an all-lower or all-upper address carries none, and a wrong
/// case pattern is the one typo signal hex addresses offer.
public enum EIP55 {
    public enum Verdict: Sendable, Hashable {
        case valid
        /// All letters share one case: no checksum expressed.
        case noChecksum
        case mismatch(expected: String)
    }

    /// The checksummed spelling of a `0x` + 40-hex address in any case; nil if
    /// the input is not of that shape.
    public static func checksummed(_ address: String) -> String? {
        try? ASCIIBytes.with(address) { (buffer) throws(AddressProblem) -> String in
            guard isHexAddress(buffer) else { throw .unrecognizedFormat }
            return checksummed(hex: UnsafeBufferPointer(rebasing: buffer[2...]))
        }
    }

    /// Verdict on a `0x` + 40-hex address; nil if the input is not of that shape.
    public static func verify(_ address: String) -> Verdict? {
        try? ASCIIBytes.with(address) { (buffer) throws(AddressProblem) -> Verdict in
            guard isHexAddress(buffer) else { throw .unrecognizedFormat }
            return verify(hex: UnsafeBufferPointer(rebasing: buffer[2...]))
        }
    }

    static func isHexAddress(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard buffer.count == 42, buffer[0] == UInt8(ascii: "0"), buffer[1] | 0x20 == UInt8(ascii: "x") else {
            return false
        }
        for i in 2..<42 where ASCIIBytes.hexValue(buffer[i]) == 0xFF { return false }
        return true
    }

    /// `hex` must be exactly 40 hex digits.
    static func verify(hex: UnsafeBufferPointer<UInt8>) -> Verdict {
        var lower = false, upper = false
        for b in hex {
            if ASCIIBytes.isLower(b) { lower = true } else if ASCIIBytes.isUpper(b) { upper = true }
        }
        guard lower && upper else { return .noChecksum }
        let matches = withCaseMask(hex) { mask in
            for i in 0..<40 {
                let b = hex[i]
                guard b >= 0x41 else { continue }
                if ASCIIBytes.isUpper(b) != mask(i) { return false }
            }
            return true
        }
        return matches ? .valid : .mismatch(expected: checksummed(hex: hex))
    }

    static func checksummed(hex: UnsafeBufferPointer<UInt8>) -> String {
        withCaseMask(hex) { mask in
            String(unsafeUninitializedCapacity: 42) { out in
                out[0] = UInt8(ascii: "0")
                out[1] = UInt8(ascii: "x")
                for i in 0..<40 {
                    let b = ASCIIBytes.lower(hex[i])
                    out[i &+ 2] = b >= 0x61 && mask(i) ? b &- 0x20 : b
                }
                return 42
            }
        }
    }

    /// Calls `body` with a predicate telling whether hex digit `i` must be upper
    /// case: nibble `i` of Keccak-256(lower-case hex) is 8 or more.
    private static func withCaseMask<R>(_ hex: UnsafeBufferPointer<UInt8>, _ body: ((Int) -> Bool) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { lowered in
            for i in 0..<40 { lowered[i] = ASCIIBytes.lower(hex[i]) }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { digest in
                Keccak256.digest(UnsafeBufferPointer(lowered), domain: 0x01, into: digest)
                return body { i in
                    let byte = digest[i &>> 1]
                    let nibble = i & 1 == 0 ? byte &>> 4 : byte & 0x0f
                    return nibble >= 8
                }
            }
        }
    }
}
