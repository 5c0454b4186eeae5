/// Helpers for running the codecs over a string's UTF-8 without copying it when
/// the string is already contiguous (the common case for native Swift strings).
enum ASCIIBytes {
    @inline(__always)
    static func with<R>(_ string: String, _ body: (UnsafeBufferPointer<UInt8>) throws(AddressProblem) -> R)
        throws(AddressProblem) -> R
    {
        var copy = string
        let result: Result<R, AddressProblem> = copy.withUTF8 { buffer in
            do throws(AddressProblem) {
                return .success(try body(buffer))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    @inline(__always)
    static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }

    @inline(__always)
    static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }

    @inline(__always)
    static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }

    /// Hex digit value, or 0xFF for a non-hex byte.
    @inline(__always)
    static func hexValue(_ b: UInt8) -> UInt8 {
        if b &- 0x30 < 10 { return b &- 0x30 }
        let l = b | 0x20
        if l &- 0x61 < 6 { return l &- 0x61 &+ 10 }
        return 0xFF
    }

    /// A `Character` for a problem report; non-ASCII bytes never reach here.
    static func character(_ b: UInt8) -> Character {
        Character(Unicode.Scalar(b))
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Lower-case copy of ASCII bytes as a String.
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            for i in 0..<bytes.count { out[i] = lower(bytes[i]) }
            return bytes.count
        }
    }
}
