/// An RFC 4180 CSV reader that tolerates what OFAC's legacy files do:
/// Windows line endings, a trailing 0x1A (DOS end-of-file) byte, and fields
/// padded with a space after the closing quote. Reports broken quoting with
/// the line it starts on.
struct CSVReader {
    let file: String
    private let bytes: [UInt8]
    private var position = 0
    private(set) var line = 1

    init(bytes: [UInt8], file: String) {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x1A || bytes[end - 1] == 0x00 { end -= 1 }
        var start = 0
        if end >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        self.bytes = Array(bytes[start..<end])
        self.file = file
    }

    /// The next record with the line it started on, or nil at the end.
    /// Blank lines are skipped.
    mutating func nextRecord() throws(ListError) -> (line: Int, fields: [String])? {
        while position < bytes.count {
            let startLine = line
            var fields: [String] = []
            var field: [UInt8] = []
            var quotedStartLine = 0
            var inQuotes = false
            var afterQuote = false
            var sawAnything = false
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if inQuotes {
                    if byte == UInt8(ascii: "\"") {
                        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
                            field.append(byte)
                            position += 1
                        } else {
                            inQuotes = false
                            afterQuote = true
                        }
                    } else {
                        if byte == 0x0A { line += 1 }
                        field.append(byte)
                    }
                    continue
                }
                switch byte {
                case UInt8(ascii: ","):
                    fields.append(String(decoding: field, as: UTF8.self))
                    field.removeAll(keepingCapacity: true)
                    afterQuote = false
                    sawAnything = true
                case 0x0A:
                    line += 1
                    if sawAnything || !field.isEmpty || afterQuote {
                        fields.append(String(decoding: field, as: UTF8.self))
                        return (startLine, fields)
                    }
                case 0x0D:
                    continue
                case UInt8(ascii: "\""):
                    if afterQuote || !field.allSatisfy({ $0 == 0x20 }) {
                        throw .malformed(file: file, location: "line \(line)",
                                         expected: "a quote inside an unquoted field or right after a quoted one; expected a comma or the end of the line (broken CSV quoting)")
                    }
                    field.removeAll(keepingCapacity: true)
                    inQuotes = true
                    quotedStartLine = line
                    sawAnything = true
                default:
                    if afterQuote {
                        guard byte == 0x20 || byte == 0x09 else {
                            throw .malformed(file: file, location: "line \(line)",
                                             expected: "a comma after the closing quote, found '\(Character(Unicode.Scalar(byte)))' (broken CSV quoting)")
                        }
                        continue
                    }
                    field.append(byte)
                    sawAnything = true
                }
            }
            if inQuotes {
                throw .malformed(file: file, location: "line \(quotedStartLine)",
                                 expected: "a closing quote for the field opened here; the file ends inside it (broken CSV quoting or a truncated file)")
            }
            if sawAnything || !field.isEmpty {
                fields.append(String(decoding: field, as: UTF8.self))
                return (startLine, fields)
            }
        }
        return nil
    }
}
