/// Plain Base58 (no checksum), the substrate of Base58Check, Ripple and Solana
/// addresses. Decoding is quadratic in the input length, so inputs are capped.
public enum Base58 {
    /// A 58-character digit set. Ripple permutes Bitcoin's, so the same string
    /// decodes to different bytes under each.
    public struct Alphabet: Sendable, Hashable {
        public let characters: [UInt8]
        let values: [UInt8]

        init(_ text: StaticString) {
            var chars = [UInt8]()
            text.withUTF8Buffer { chars.append(contentsOf: $0) }
            characters = chars
            var table = [UInt8](repeating: 0xFF, count: 256)
            for (i, c) in chars.enumerated() { table[Int(c)] = UInt8(i) }
            values = table
        }

        public static let bitcoin = Alphabet("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
        public static let ripple = Alphabet("rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz")
    }

    /// Longest input accepted by ``decode(_:alphabet:)``; far above any address.
    public static let maximumEncodedLength = 512

    public static func encode<C: Collection>(_ bytes: C, alphabet: Alphabet = .bitcoin) -> String
    where C.Element == UInt8 {
        let input = Array(bytes)
        var zeros = 0
        while zeros < input.count && input[zeros] == 0 { zeros += 1 }
        let size = (input.count - zeros) * 138 / 100 + 1
        var digits = [UInt8](repeating: 0, count: size)
        var length = 0
        for byte in input[zeros...] {
            var carry = Int(byte)
            var i = 0
            var index = size - 1
            while (carry != 0 || i < length) && index >= 0 {
                carry += 256 * Int(digits[index])
                digits[index] = UInt8(carry % 58)
                carry /= 58
                index -= 1
                i += 1
            }
            length = i
        }
        var out = [UInt8](repeating: alphabet.characters[0], count: zeros)
        out.reserveCapacity(zeros + length)
        for d in digits[(size - length)...] { out.append(alphabet.characters[Int(d)]) }
        return String(decoding: out, as: UTF8.self)
    }

    public static func decode(_ string: String, alphabet: Alphabet = .bitcoin) throws(AddressProblem) -> [UInt8] {
        try ASCIIBytes.with(string) { (buffer) throws(AddressProblem) in
            try decode(buffer, alphabet: alphabet, format: .base58)
        }
    }

    static func decode(
        _ text: UnsafeBufferPointer<UInt8>, alphabet: Alphabet, format: AddressFormat
    ) throws(AddressProblem) -> [UInt8] {
        let n = text.count
        guard n <= maximumEncodedLength else { throw .tooLong(length: n, limit: maximumEncodedLength) }
        let zeroChar = alphabet.characters[0]
        var zeros = 0
        while zeros < n && text[zeros] == zeroChar { zeros &+= 1 }
        // Big number in 32-bit little-endian limbs, fed five digits at a time
        // (58^5 < 2^32), which is several times faster than byte-wise carrying.
        let limbCapacity = (n &- zeros) &* 6 / 32 &+ 2
        return try withUnsafeTemporaryAllocation(of: UInt32.self, capacity: limbCapacity) {
            (limbs) throws(AddressProblem) -> [UInt8] in
            var used = 0
            try alphabet.values.withUnsafeBufferPointer { (table) throws(AddressProblem) in
                var position = zeros
                while position < n {
                    var group: UInt64 = 0
                    var multiplier: UInt64 = 1
                    let groupEnd = min(position &+ 5, n)
                    while position < groupEnd {
                        let c = text[position]
                        let value = table[Int(c)]
                        guard value != 0xFF else {
                            if c >= 0x80 { throw .nonASCII(offset: position) }
                            throw .invalidCharacter(offset: position, character: ASCIIBytes.character(c), format: format)
                        }
                        group = group &* 58 &+ UInt64(value)
                        multiplier &*= 58
                        position &+= 1
                    }
                    var carry = group
                    for i in 0..<used {
                        let t = UInt64(limbs[i]) &* multiplier &+ carry
                        limbs[i] = UInt32(truncatingIfNeeded: t)
                        carry = t &>> 32
                    }
                    if carry != 0 {
                        limbs[used] = UInt32(truncatingIfNeeded: carry)
                        used &+= 1
                    }
                }
            }
            var significant = used &* 4
            if used > 0 {
                let top = limbs[used &- 1]
                significant &-= top.leadingZeroBitCount / 8
            }
            var result = [UInt8](repeating: 0, count: zeros &+ significant)
            result.withUnsafeMutableBufferPointer { out in
                var index = out.count &- 1
                var remaining = significant
                var limb = 0
                while remaining > 0 {
                    let value = limbs[limb]
                    var k = 0
                    while k < 4 && remaining > 0 {
                        out[index] = UInt8(truncatingIfNeeded: value &>> UInt32(k &* 8))
                        index &-= 1
                        remaining &-= 1
                        k &+= 1
                    }
                    limb &+= 1
                }
            }
            return result
        }
    }
}
