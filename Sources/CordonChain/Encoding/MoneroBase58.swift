/// Monero's Base58: the Bitcoin alphabet applied to 8-byte blocks, each encoded as
/// exactly 11 characters (a shorter final block uses a fixed shorter width). Plain
/// Base58 decoding of a Monero address yields garbage, hence a separate codec.
public enum MoneroBase58 {
    static let fullBlockSize = 8
    static let fullEncodedBlockSize = 11
    /// Encoded width of a final block of 0...8 bytes.
    static let encodedBlockSizes = [0, 2, 3, 5, 6, 7, 9, 10, 11]

    public static func encode(_ bytes: [UInt8]) -> String {
        let alphabet = Base58.Alphabet.bitcoin.characters
        var out = [UInt8]()
        var offset = 0
        while offset < bytes.count {
            let size = min(fullBlockSize, bytes.count - offset)
            var value: UInt64 = 0
            for i in 0..<size { value = value << 8 | UInt64(bytes[offset + i]) }
            let width = encodedBlockSizes[size]
            var block = [UInt8](repeating: alphabet[0], count: width)
            var index = width - 1
            while value > 0 && index >= 0 {
                block[index] = alphabet[Int(value % 58)]
                value /= 58
                index -= 1
            }
            out.append(contentsOf: block)
            offset += size
        }
        return String(decoding: out, as: UTF8.self)
    }

    public static func decode(_ string: String) throws(AddressProblem) -> [UInt8] {
        try ASCIIBytes.with(string) { (buffer) throws(AddressProblem) in try decode(buffer) }
    }

    static func decode(_ text: UnsafeBufferPointer<UInt8>) throws(AddressProblem) -> [UInt8] {
        let n = text.count
        let fullBlocks = n / fullEncodedBlockSize
        let lastWidth = n % fullEncodedBlockSize
        guard let lastSize = encodedBlockSizes.firstIndex(of: lastWidth) else {
            throw .invalidLength(format: .moneroBase58, length: n)
        }
        var out = [UInt8]()
        out.reserveCapacity(fullBlocks &* fullBlockSize &+ lastSize)
        try Base58.Alphabet.bitcoin.values.withUnsafeBufferPointer { (table) throws(AddressProblem) in
            var offset = 0
            while offset < n {
                let width = min(fullEncodedBlockSize, n &- offset)
                let size = width == fullEncodedBlockSize ? fullBlockSize : lastSize
                var value: UInt64 = 0
                for i in offset..<(offset &+ width) {
                    let c = text[i]
                    let digit = table[Int(c)]
                    guard digit != 0xFF else {
                        if c >= 0x80 { throw .nonASCII(offset: i) }
                        throw .invalidCharacter(offset: i, character: ASCIIBytes.character(c), format: .moneroBase58)
                    }
                    let (product, overflow1) = value.multipliedReportingOverflow(by: 58)
                    let (sum, overflow2) = product.addingReportingOverflow(UInt64(digit))
                    guard !overflow1, !overflow2 else { throw .invalidCharacter(offset: i, character: ASCIIBytes.character(c), format: .moneroBase58) }
                    value = sum
                }
                if size < fullBlockSize && value >> (UInt64(size) &* 8) != 0 {
                    throw .invalidCharacter(offset: offset, character: ASCIIBytes.character(text[offset]), format: .moneroBase58)
                }
                var shift = (size &- 1) &* 8
                while shift >= 0 {
                    out.append(UInt8(truncatingIfNeeded: value &>> UInt64(shift)))
                    shift &-= 8
                }
                offset &+= width
            }
        }
        return out
    }
}
