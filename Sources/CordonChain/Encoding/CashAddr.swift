/// Bitcoin Cash CashAddr (a Bech32 relative with a 40-bit checksum and a `:`
/// prefix). Bitcoin Cash kept Bitcoin's legacy addresses too, so the same key hash
/// appears in two spellings; ``legacyPayload(of:)`` bridges them.
public enum CashAddr {
    public struct Decoded: Sendable, Hashable {
        /// Lower-cased prefix (given, or the default when the input had none).
        public let prefix: String
        /// Version byte followed by the hash.
        public let payload: [UInt8]

        public var versionByte: UInt8? { payload.first }
        public var hash: ArraySlice<UInt8> { payload.dropFirst() }
        /// 0 = P2PKH, 1 = P2SH, 2/3 = token-aware P2PKH/P2SH (CashTokens).
        public var type: Int? { versionByte.map { Int($0 >> 3) & 0x0f } }
        public var declaredHashBits: Int? {
            versionByte.map { byte in
                let code = Int(byte & 7)
                return code < 4 ? 160 + 32 * code : 320 + 64 * (code - 4)
            }
        }
    }

    public static let defaultPrefix = "bitcoincash"

    public static func decode(_ string: String, defaultPrefix: String = defaultPrefix) throws(AddressProblem) -> Decoded {
        try ASCIIBytes.with(string) { (buffer) throws(AddressProblem) in
            try decode(buffer, defaultPrefix: defaultPrefix)
        }
    }

    public static func encode(prefix: String, payload: [UInt8]) -> String {
        let prefixBytes = Array(prefix.lowercased().utf8)
        let data = Bech32.convertBits(payload, from: 8, to: 5, pad: true) ?? []
        var c: UInt64 = 1
        for b in prefixBytes { c = polymodStep(c, b & 31) }
        c = polymodStep(c, 0)
        for v in data { c = polymodStep(c, v) }
        for _ in 0..<8 { c = polymodStep(c, 0) }
        let checksum = c ^ 1
        var out = prefixBytes
        out.append(UInt8(ascii: ":"))
        for v in data { out.append(Bech32.charset[Int(v)]) }
        for i in 0..<8 { out.append(Bech32.charset[Int((checksum >> (5 * UInt64(7 - i))) & 31)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Checksum check alone, for the spec's checksum-only vectors whose data is
    /// not a whole number of bytes.
    static func hasValidChecksum(_ string: String) -> Bool {
        (try? ASCIIBytes.with(string) { (buffer) throws(AddressProblem) in
            try fiveBitData(buffer, defaultPrefix: defaultPrefix).data
        }) != nil
    }

    static func decode(_ text: UnsafeBufferPointer<UInt8>, defaultPrefix: String) throws(AddressProblem) -> Decoded {
        let (prefix, data) = try fiveBitData(text, defaultPrefix: defaultPrefix)
        guard let payload = Bech32.convertBits(data, from: 5, to: 8, pad: false) else {
            throw .invalidPadding(format: .cashAddr)
        }
        return Decoded(prefix: prefix, payload: payload)
    }

    private static func fiveBitData(
        _ text: UnsafeBufferPointer<UInt8>, defaultPrefix: String
    ) throws(AddressProblem) -> (prefix: String, data: [UInt8]) {
        let n = text.count
        var hasLower = false, hasUpper = false
        var colon = -1
        for i in 0..<n {
            let b = text[i]
            if b >= 0x80 { throw .nonASCII(offset: i) }
            if b < 0x21 || b > 0x7E {
                throw .invalidCharacter(offset: i, character: ASCIIBytes.character(b), format: .cashAddr)
            }
            if ASCIIBytes.isLower(b) { hasLower = true } else if ASCIIBytes.isUpper(b) { hasUpper = true }
            if b == UInt8(ascii: ":") && colon < 0 { colon = i }
        }
        guard !(hasLower && hasUpper) else { throw .mixedCase(format: .cashAddr) }
        guard colon != 0 else { throw .emptyHumanReadablePart }
        let prefix = colon > 0
            ? ASCIIBytes.lowercased(UnsafeBufferPointer(rebasing: text[0..<colon]))
            : defaultPrefix.lowercased()
        let start = colon &+ 1
        guard n &- start >= 8 else { throw .checksumTooShort }

        var c: UInt64 = 1
        for b in prefix.utf8 { c = polymodStep(c, b & 31) }
        c = polymodStep(c, 0)
        var data = [UInt8]()
        data.reserveCapacity(n &- start &- 8)
        try Bech32.charsetValues.withUnsafeBufferPointer { (table) throws(AddressProblem) in
            for i in start..<n {
                let v = table[Int(text[i])]
                guard v != 0xFF else {
                    throw .invalidCharacter(offset: i, character: ASCIIBytes.character(text[i]), format: .cashAddr)
                }
                c = polymodStep(c, v)
                if i < n &- 8 { data.append(v) }
            }
        }
        guard c ^ 1 == 0 else { throw .checksumMismatch(format: .cashAddr) }
        return (prefix, data)
    }

    /// The legacy Base58Check version byte and hash for a 160-bit P2PKH/P2SH
    /// CashAddr, so a listed CashAddr can be matched against a legacy spelling.
    public static func legacyPayload(of decoded: Decoded) -> [UInt8]? {
        guard decoded.payload.count == 21, let type = decoded.type, decoded.declaredHashBits == 160 else { return nil }
        switch type {
        case 0, 2: return [0x00] + decoded.hash
        case 1, 3: return [0x05] + decoded.hash
        default: return nil
        }
    }

    @inline(__always)
    static func polymodStep(_ c: UInt64, _ value: UInt8) -> UInt64 {
        let top = c >> 35
        var next = ((c & 0x07_ffff_ffff) << 5) ^ UInt64(value)
        if top & 1 != 0 { next ^= 0x98_f2bc_8e61 }
        if top & 2 != 0 { next ^= 0x79_b76d_99e2 }
        if top & 4 != 0 { next ^= 0xf3_3e5f_b3c4 }
        if top & 8 != 0 { next ^= 0xae_2eab_e2a8 }
        if top & 16 != 0 { next ^= 0x1e_4f43_e470 }
        return next
    }
}
