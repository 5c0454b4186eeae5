import CCompression

/// In-memory gzip and bzip2 expansion through the system's zlib and libbz2,
/// which are several times faster than any pure-Swift inflater.
enum Decompression {
    static func gunzip(_ input: [UInt8], file: String) throws(ListError) -> [UInt8] {
        var stream = z_stream()
        // 15 + 32: accept gzip or zlib headers, and concatenated gzip members.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corruptCompression(file: file, format: "gzip", reason: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: max(input.count * 8, 1 << 16))
        var produced = 0
        var status: Int32 = Z_OK
        var inputCopy = input
        inputCopy.withUnsafeMutableBufferPointer { inBuf in
            stream.next_in = inBuf.baseAddress
            stream.avail_in = UInt32(inBuf.count)
            repeat {
                if produced == output.count { output.append(contentsOf: repeatElement(0, count: output.count)) }
                output.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress! + produced
                    stream.avail_out = UInt32(min(outBuf.count - produced, Int(UInt32.max)))
                    let before = stream.avail_out
                    status = inflate(&stream, Z_NO_FLUSH)
                    produced += Int(before - stream.avail_out)
                }
                if status == Z_STREAM_END, stream.avail_in > 0 {
                    // Another gzip member follows (as `cat a.gz b.gz` makes).
                    status = inflateReset(&stream)
                }
            } while status == Z_OK || (status == Z_BUF_ERROR && stream.avail_out == 0)
        }
        guard status == Z_STREAM_END else {
            let reason = status == Z_BUF_ERROR ? "the compressed data ends early (truncated download)"
                                               : "zlib error \(status) after \(produced) bytes"
            throw .corruptCompression(file: file, format: "gzip", reason: reason)
        }
        output.removeSubrange(produced...)
        return output
    }

    static func bunzip2(_ input: [UInt8], file: String) throws(ListError) -> [UInt8] {
        var stream = bz_stream()
        guard BZ2_bzDecompressInit(&stream, 0, 0) == BZ_OK else {
            throw .corruptCompression(file: file, format: "bzip2", reason: "libbz2 could not start")
        }
        defer { BZ2_bzDecompressEnd(&stream) }
        var output = [UInt8](repeating: 0, count: max(input.count * 12, 1 << 16))
        var produced = 0
        var status: Int32 = BZ_OK
        var inputCopy = input
        inputCopy.withUnsafeMutableBufferPointer { inBuf in
            inBuf.withMemoryRebound(to: CChar.self) { chars in
                stream.next_in = chars.baseAddress
                stream.avail_in = UInt32(chars.count)
                repeat {
                    if produced == output.count { output.append(contentsOf: repeatElement(0, count: output.count)) }
                    output.withUnsafeMutableBufferPointer { outBuf in
                        outBuf.withMemoryRebound(to: CChar.self) { outChars in
                            stream.next_out = outChars.baseAddress! + produced
                            stream.avail_out = UInt32(min(outChars.count - produced, Int(UInt32.max)))
                            let before = stream.avail_out
                            status = BZ2_bzDecompress(&stream)
                            produced += Int(before - stream.avail_out)
                        }
                    }
                    if status == BZ_OK, stream.avail_in == 0, stream.avail_out > 0 { break }
                } while status == BZ_OK
            }
        }
        guard status == BZ_STREAM_END else {
            let reason = status == BZ_OK ? "the compressed data ends early (truncated download)"
                                         : "libbz2 error \(status) after \(produced) bytes"
            throw .corruptCompression(file: file, format: "bzip2", reason: reason)
        }
        output.removeSubrange(produced...)
        return output
    }
}
