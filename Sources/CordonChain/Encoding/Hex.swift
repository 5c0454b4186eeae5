/// Hex conversion for tests and diagnostics; not on any hot path.
enum Hex {
    static func encode<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func decode(_ text: String) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        guard utf8.count % 2 == 0 else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(utf8.count / 2)
        var i = 0
        while i < utf8.count {
            let hi = ASCIIBytes.hexValue(utf8[i]), lo = ASCIIBytes.hexValue(utf8[i + 1])
            guard hi != 0xFF, lo != 0xFF else { return nil }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }
}
