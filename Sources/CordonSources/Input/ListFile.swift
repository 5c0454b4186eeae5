import CCompression
import Foundation

/// A list file's bytes, decompressed, with the name it is reported under.
///
/// Compression is recognised by its magic bytes (gzip 1F 8B, bzip2 "BZh"),
/// not by extension, so renamed downloads still load.
public struct ListFile: Sendable {
    public let name: String
    public let bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// Reads and decompresses a file from disk.
    public init(path: String) throws(ListError) {
        let name = (path as NSString).lastPathComponent
        let raw: [UInt8]
        do {
            raw = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe))
        } catch {
            throw .unreadable(file: path, reason: (error as NSError).localizedDescription)
        }
        try self.init(name: name, compressed: raw)
    }

    /// Wraps bytes that may be gzip or bzip2 compressed.
    public init(name: String, compressed raw: [UInt8]) throws(ListError) {
        self.name = name
        if raw.count >= 2, raw[0] == 0x1F, raw[1] == 0x8B {
            bytes = try Decompression.gunzip(raw, file: name)
        } else if raw.count >= 4, raw[0] == 0x42, raw[1] == 0x5A, raw[2] == 0x68 {
            bytes = try Decompression.bunzip2(raw, file: name)
        } else {
            bytes = raw
        }
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x1A }) {
            throw .empty(file: name)
        }
    }
}
