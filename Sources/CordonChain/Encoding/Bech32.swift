/// Bech32 (BIP-173) and Bech32m (BIP-350) strings and segwit addresses. The BCH
/// checksum guarantees detection of up to four substituted characters, which is
/// why a one-character typo in such an address is always rejected.
public enum Bech32 {
    public enum Variant: String, Sendable, Hashable {
        case bech32
        case bech32m

        var constant: UInt32 { self == .bech32 ? 1 : 0x2bc8_30a3 }

        public var format: AddressFormat { self == .bech32 ? .bech32 : .bech32m }
    }

    public struct Decoded: Sendable, Hashable {
        /// Lower-cased human-readable part.
        public let hrp: String
        /// 5-bit values between separator and checksum.
        public let data: [UInt8]
        public let variant: Variant
    }

    public struct SegwitAddress: Sendable, Hashable {
        public let hrp: String
        public let version: Int
        public let program: [UInt8]
        public let variant: Variant
    }

    /// BIP-173's limit; Zcash Sapling (78) and every segwit address fit under it.
    public static let defaultLengthLimit = 90

    static let charset: [UInt8] = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)
    static let charsetValues: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in charset.enumerated() {
            table[Int(c)] = UInt8(i)
            if ASCIIBytes.isLower(c) { table[Int(c &- 0x20)] = UInt8(i) }
        }
        return table
    }()

    public static func decode(_ string: String, lengthLimit: Int = defaultLengthLimit) throws(AddressProblem) -> Decoded {
        try ASCIIBytes.with(string) { (buffer) throws(AddressProblem) in
            try decode(buffer, lengthLimit: lengthLimit)
        }
    }

    static func decode(_ text: UnsafeBufferPointer<UInt8>, lengthLimit: Int) throws(AddressProblem) -> Decoded {
        let n = text.count
        var hasLower = false, hasUpper = false
        var separator = -1
        for i in 0..<n {
            let b = text[i]
            if b >= 0x80 { throw .nonASCII(offset: i) }
            if b < 0x21 || b > 0x7E {
                throw .invalidCharacter(offset: i, character: ASCIIBytes.character(b), format: .bech32)
            }
            if ASCIIBytes.isLower(b) { hasLower = true } else if ASCIIBytes.isUpper(b) { hasUpper = true }
            if b == UInt8(ascii: "1") { separator = i }
        }
        guard n <= lengthLimit else { throw .invalidLength(format: .bech32, length: n) }
        guard !(hasLower && hasUpper) else { throw .mixedCase(format: .bech32) }
        guard separator >= 0 else { throw .missingSeparator }
        guard separator > 0 else { throw .emptyHumanReadablePart }
        guard n &- separator &- 1 >= 6 else { throw .checksumTooShort }

        let hrpBytes = UnsafeBufferPointer(rebasing: text[0..<separator])
        var chk: UInt32 = 1
        for b in hrpBytes { chk = polymodStep(chk, UInt32(ASCIIBytes.lower(b) >> 5)) }
        chk = polymodStep(chk, 0)
        for b in hrpBytes { chk = polymodStep(chk, UInt32(ASCIIBytes.lower(b) & 31)) }

        var data = [UInt8]()
        data.reserveCapacity(n &- separator &- 7)
        try charsetValues.withUnsafeBufferPointer { (table) throws(AddressProblem) in
            for i in (separator &+ 1)..<n {
                let v = table[Int(text[i])]
                guard v != 0xFF else {
                    throw .invalidCharacter(offset: i, character: ASCIIBytes.character(text[i]), format: .bech32)
                }
                chk = polymodStep(chk, UInt32(v))
                if i < n &- 6 { data.append(v) }
            }
        }
        let variant: Variant
        switch chk {
        case Variant.bech32.constant: variant = .bech32
        case Variant.bech32m.constant: variant = .bech32m
        default: throw .checksumMismatch(format: .bech32)
        }
        return Decoded(hrp: ASCIIBytes.lowercased(hrpBytes), data: data, variant: variant)
    }

    /// Encodes 5-bit `data` (values 0...31) under `hrp`, lower-case.
    public static func encode(hrp: String, data: [UInt8], variant: Variant) -> String {
        let hrpBytes = Array(hrp.lowercased().utf8)
        var chk: UInt32 = 1
        for b in hrpBytes { chk = polymodStep(chk, UInt32(b >> 5)) }
        chk = polymodStep(chk, 0)
        for b in hrpBytes { chk = polymodStep(chk, UInt32(b & 31)) }
        for v in data { chk = polymodStep(chk, UInt32(v & 31)) }
        for _ in 0..<6 { chk = polymodStep(chk, 0) }
        chk ^= variant.constant
        var out = hrpBytes
        out.append(UInt8(ascii: "1"))
        for v in data { out.append(charset[Int(v & 31)]) }
        for i in 0..<6 { out.append(charset[Int((chk >> (5 * (5 - UInt32(i)))) & 31)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Regroups bits, e.g. 8-bit bytes into 5-bit values. Without `pad`, leftover
    /// bits must be fewer than `from` and zero, as BIP-173 requires.
    public static func convertBits(_ data: [UInt8], from: Int, to: Int, pad: Bool) -> [UInt8]? {
        guard (1...8).contains(from), (1...8).contains(to) else { return nil }
        var acc: UInt32 = 0
        var bits = 0
        let maxValue: UInt32 = (1 << to) - 1
        let maxAcc: UInt32 = (1 << (from + to - 1)) - 1
        var out = [UInt8]()
        out.reserveCapacity(data.count * from / to + 1)
        for value in data {
            guard UInt32(value) >> from == 0 else { return nil }
            acc = ((acc << from) | UInt32(value)) & maxAcc
            bits += from
            while bits >= to {
                bits -= to
                out.append(UInt8(truncatingIfNeeded: (acc >> bits) & maxValue))
            }
        }
        if pad {
            if bits > 0 { out.append(UInt8(truncatingIfNeeded: (acc << (to - bits)) & maxValue)) }
        } else if bits >= from || ((acc << (to - bits)) & maxValue) != 0 {
            return nil
        }
        return out
    }

    /// Decodes a segwit address under BIP-350's rules. Pass `hrp` to insist on a
    /// network ("bc", "ltc", …).
    public static func decodeSegwit(_ string: String, hrp: String? = nil) throws(AddressProblem) -> SegwitAddress {
        let decoded = try decode(string)
        if let hrp, decoded.hrp != hrp { throw .unknownHumanReadablePart(decoded.hrp) }
        return try segwit(decoded)
    }

    static func segwit(_ decoded: Decoded) throws(AddressProblem) -> SegwitAddress {
        guard let first = decoded.data.first else { throw .emptyData(format: decoded.variant.format) }
        let version = Int(first)
        guard version <= 16 else { throw .invalidWitnessVersion(version) }
        guard let program = convertBits(Array(decoded.data.dropFirst()), from: 5, to: 8, pad: false) else {
            throw .invalidPadding(format: decoded.variant.format)
        }
        guard (2...40).contains(program.count) else {
            throw .invalidWitnessProgramLength(version: version, length: program.count)
        }
        if version == 0 && program.count != 20 && program.count != 32 {
            throw .invalidWitnessProgramLength(version: 0, length: program.count)
        }
        if version == 0 && decoded.variant != .bech32 {
            throw .wrongChecksumVariant(expected: .bech32, found: .bech32m)
        }
        if version != 0 && decoded.variant != .bech32m {
            throw .wrongChecksumVariant(expected: .bech32m, found: .bech32)
        }
        return SegwitAddress(hrp: decoded.hrp, version: version, program: program, variant: decoded.variant)
    }

    /// Encodes a segwit address, choosing Bech32 or Bech32m by version; nil for
    /// a version or program that no valid address can carry.
    public static func encodeSegwit(hrp: String, version: Int, program: [UInt8]) -> String? {
        guard (0...16).contains(version), (2...40).contains(program.count) else { return nil }
        if version == 0 && program.count != 20 && program.count != 32 { return nil }
        guard let five = convertBits(program, from: 8, to: 5, pad: true) else { return nil }
        return encode(hrp: hrp, data: [UInt8(version)] + five, variant: version == 0 ? .bech32 : .bech32m)
    }

    @inline(__always)
    static func polymodStep(_ chk: UInt32, _ value: UInt32) -> UInt32 {
        let top = chk >> 25
        var c = ((chk & 0x1ff_ffff) << 5) ^ value
        if top & 1 != 0 { c ^= 0x3b6a_57b2 }
        if top & 2 != 0 { c ^= 0x2650_8e6d }
        if top & 4 != 0 { c ^= 0x1ea1_19fa }
        if top & 8 != 0 { c ^= 0x3d42_33dd }
        if top & 16 != 0 { c ^= 0x2a14_62b3 }
        return c
    }
}
