/// SHA-256 (FIPS 180-4), written here because Base58Check needs it and the project
/// takes no crypto dependency. Only one-shot hashing is offered: addresses are tiny.
public enum SHA256 {
    /// The 32-byte digest of `data`.
    public static func hash<C: Collection>(_ data: C) -> [UInt8] where C.Element == UInt8 {
        if let digest = data.withContiguousStorageIfAvailable({ hash($0) }) {
            return digest
        }
        return Array(data).withUnsafeBufferPointer { hash($0) }
    }

    /// The 32-byte digest of the bytes behind `data`.
    public static func hash(_ data: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let state = digestState(data)
        return withUnsafeBytes(of: state) { raw in
            var out = [UInt8](repeating: 0, count: 32)
            let words = raw.bindMemory(to: UInt32.self)
            for i in 0..<8 {
                let w = words[i]
                out[i &* 4] = UInt8(truncatingIfNeeded: w &>> 24)
                out[i &* 4 &+ 1] = UInt8(truncatingIfNeeded: w &>> 16)
                out[i &* 4 &+ 2] = UInt8(truncatingIfNeeded: w &>> 8)
                out[i &* 4 &+ 3] = UInt8(truncatingIfNeeded: w)
            }
            return out
        }
    }

    /// First four bytes of SHA-256(SHA-256(data)) as a big-endian integer: the
    /// Base58Check checksum, computed without allocating.
    static func doubleHashPrefix(_ data: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let first = digestState(data)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            withUnsafeBytes(of: first) { raw in
                let words = raw.bindMemory(to: UInt32.self)
                for i in 0..<8 {
                    let w = words[i]
                    buffer[i &* 4] = UInt8(truncatingIfNeeded: w &>> 24)
                    buffer[i &* 4 &+ 1] = UInt8(truncatingIfNeeded: w &>> 16)
                    buffer[i &* 4 &+ 2] = UInt8(truncatingIfNeeded: w &>> 8)
                    buffer[i &* 4 &+ 3] = UInt8(truncatingIfNeeded: w)
                }
            }
            let second = digestState(UnsafeBufferPointer(buffer))
            return second.0
        }
    }

    private typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    private static func digestState(_ data: UnsafeBufferPointer<UInt8>) -> State {
        var state: State = (
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
        )
        roundConstants.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                let count = data.count
                var offset = 0
                while count &- offset >= 64 {
                    compress(&state, UnsafeBufferPointer(rebasing: data[offset..<(offset &+ 64)]), w, k)
                    offset &+= 64
                }
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
                    tail.initialize(repeating: 0)
                    let rest = count &- offset
                    for i in 0..<rest { tail[i] = data[offset &+ i] }
                    tail[rest] = 0x80
                    let blocks = rest < 56 ? 1 : 2
                    let bitLength = UInt64(count) &* 8
                    let end = blocks &* 64
                    for i in 0..<8 {
                        tail[end &- 1 &- i] = UInt8(truncatingIfNeeded: bitLength &>> (UInt64(i) &* 8))
                    }
                    for b in 0..<blocks {
                        compress(&state, UnsafeBufferPointer(rebasing: tail[(b &* 64)..<(b &* 64 &+ 64)]), w, k)
                    }
                }
            }
        }
        return state
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
        (x &>> n) | (x &<< (32 &- n))
    }

    private static func compress(
        _ state: inout State,
        _ block: UnsafeBufferPointer<UInt8>,
        _ w: UnsafeMutableBufferPointer<UInt32>,
        _ k: UnsafeBufferPointer<UInt32>
    ) {
        for i in 0..<16 {
            let j = i &* 4
            w[i] = UInt32(block[j]) &<< 24 | UInt32(block[j &+ 1]) &<< 16
                | UInt32(block[j &+ 2]) &<< 8 | UInt32(block[j &+ 3])
        }
        for i in 16..<64 {
            let x = w[i &- 15], y = w[i &- 2]
            let s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x &>> 3)
            let s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y &>> 10)
            w[i] = w[i &- 16] &+ s0 &+ w[i &- 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = state
        for i in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let ch = (e & f) ^ (~e & g)
            let t1 = h &+ s1 &+ ch &+ k[i] &+ w[i]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ maj
            h = g; g = f; f = e; e = d &+ t1
            d = c; c = b; b = a; a = t1 &+ t2
        }
        state = (
            state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d,
            state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h
        )
    }
}
