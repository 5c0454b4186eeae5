/// Keccak-256 as Ethereum and Monero use it: the original Keccak submission with
/// padding byte 0x01, which differs from the standardised SHA3-256 (padding 0x06)
/// in every output bit. Using `SHA3-256` here would silently break EIP-55 and
/// Monero checksums.
public enum Keccak256 {
    /// The 32-byte Keccak-256 digest of `data`.
    public static func hash<C: Collection>(_ data: C) -> [UInt8] where C.Element == UInt8 {
        if let digest = data.withContiguousStorageIfAvailable({ hash($0) }) {
            return digest
        }
        return Array(data).withUnsafeBufferPointer { hash($0) }
    }

    /// The 32-byte Keccak-256 digest of the bytes behind `data`.
    public static func hash(_ data: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        out.withUnsafeMutableBufferPointer { digest(data, domain: 0x01, into: $0) }
        return out
    }

    /// FIPS 202 SHA3-256, which shares the permutation; exposed so tests can check
    /// the sponge against NIST vectors and show the two paddings differ.
    static func sha3(_ data: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        data.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { digest(input, domain: 0x06, into: $0) }
        }
        return out
    }

    private static let rate = 136

    /// Writes the 32-byte digest into `output` (at least 32 bytes) without
    /// allocating on the heap.
    static func digest(
        _ data: UnsafeBufferPointer<UInt8>, domain: UInt8, into output: UnsafeMutableBufferPointer<UInt8>
    ) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 25) { state in
            state.initialize(repeating: 0)
            let count = data.count
            var offset = 0
            while count &- offset >= rate {
                absorb(state, UnsafeBufferPointer(rebasing: data[offset..<(offset &+ rate)]))
                permute(state)
                offset &+= rate
            }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: rate) { block in
                block.initialize(repeating: 0)
                let rest = count &- offset
                for i in 0..<rest { block[i] = data[offset &+ i] }
                block[rest] ^= domain
                block[rate &- 1] ^= 0x80
                absorb(state, UnsafeBufferPointer(block))
                permute(state)
            }
            for i in 0..<32 {
                output[i] = UInt8(truncatingIfNeeded: state[i &>> 3] &>> (UInt64(i & 7) &* 8))
            }
        }
    }

    @inline(__always)
    private static func absorb(_ state: UnsafeMutableBufferPointer<UInt64>, _ block: UnsafeBufferPointer<UInt8>) {
        for lane in 0..<(rate / 8) {
            var value: UInt64 = 0
            let base = lane &* 8
            for j in 0..<8 {
                value |= UInt64(block[base &+ j]) &<< (UInt64(j) &* 8)
            }
            state[lane] ^= value
        }
    }

    private static let roundConstants: [UInt64] = [
        0x0000_0000_0000_0001, 0x0000_0000_0000_8082, 0x8000_0000_0000_808A, 0x8000_0000_8000_8000,
        0x0000_0000_0000_808B, 0x0000_0000_8000_0001, 0x8000_0000_8000_8081, 0x8000_0000_0000_8009,
        0x0000_0000_0000_008A, 0x0000_0000_0000_0088, 0x0000_0000_8000_8009, 0x0000_0000_8000_000A,
        0x0000_0000_8000_808B, 0x8000_0000_0000_008B, 0x8000_0000_0000_8089, 0x8000_0000_0000_8003,
        0x8000_0000_0000_8002, 0x8000_0000_0000_0080, 0x0000_0000_0000_800A, 0x8000_0000_8000_000A,
        0x8000_0000_8000_8081, 0x8000_0000_0000_8080, 0x0000_0000_8000_0001, 0x8000_0000_8000_8008,
    ]
    private static let rotations: [UInt64] = [
        1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44,
    ]
    private static let piLanes: [Int] = [
        10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1,
    ]

    @inline(__always)
    private static func rotl(_ x: UInt64, _ n: UInt64) -> UInt64 {
        (x &<< n) | (x &>> (64 &- n))
    }

    private static func permute(_ a: UnsafeMutableBufferPointer<UInt64>) {
        roundConstants.withUnsafeBufferPointer { rc in
            rotations.withUnsafeBufferPointer { rot in
                piLanes.withUnsafeBufferPointer { pi in
                    for round in 0..<24 {
                        let c0 = a[0] ^ a[5] ^ a[10] ^ a[15] ^ a[20]
                        let c1 = a[1] ^ a[6] ^ a[11] ^ a[16] ^ a[21]
                        let c2 = a[2] ^ a[7] ^ a[12] ^ a[17] ^ a[22]
                        let c3 = a[3] ^ a[8] ^ a[13] ^ a[18] ^ a[23]
                        let c4 = a[4] ^ a[9] ^ a[14] ^ a[19] ^ a[24]
                        let d0 = c4 ^ rotl(c1, 1)
                        let d1 = c0 ^ rotl(c2, 1)
                        let d2 = c1 ^ rotl(c3, 1)
                        let d3 = c2 ^ rotl(c4, 1)
                        let d4 = c3 ^ rotl(c0, 1)
                        var y = 0
                        while y < 25 {
                            a[y] ^= d0; a[y &+ 1] ^= d1; a[y &+ 2] ^= d2; a[y &+ 3] ^= d3; a[y &+ 4] ^= d4
                            y &+= 5
                        }
                        var current = a[1]
                        for i in 0..<24 {
                            let j = pi[i]
                            let next = a[j]
                            a[j] = rotl(current, rot[i])
                            current = next
                        }
                        y = 0
                        while y < 25 {
                            let t0 = a[y], t1 = a[y &+ 1], t2 = a[y &+ 2], t3 = a[y &+ 3], t4 = a[y &+ 4]
                            a[y] = t0 ^ (~t1 & t2)
                            a[y &+ 1] = t1 ^ (~t2 & t3)
                            a[y &+ 2] = t2 ^ (~t3 & t4)
                            a[y &+ 3] = t3 ^ (~t4 & t0)
                            a[y &+ 4] = t4 ^ (~t0 & t1)
                            y &+= 5
                        }
                        a[0] ^= rc[round]
                    }
                }
            }
        }
    }
}
