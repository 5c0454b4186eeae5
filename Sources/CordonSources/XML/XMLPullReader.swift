/// A small, fast, streaming XML tokenizer over bytes already in memory.
///
/// Chosen over Foundation's `XMLParser` (a delegate callback and several
/// Foundation objects per node; several times slower on the 121 MB OFAC file)
/// and over libxml2's reader (a C string copied into a Swift `String` for
/// every name and value). The lists Cordon reads are plain, well-specified
/// XML: no DTDs, entities beyond the five predefined ones and character
/// references, or processing instructions that matter. It checks tag
/// balance, so a truncated download is reported with the element it ends in.
/// Line numbers are computed only when an error is reported.
final class XMLPullReader {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var position = 0
    private var openElements: [String] = []
    private var pendingEnd: String?
    let file: String

    init(bytes: [UInt8], file: String) {
        buffer = .allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
        self.file = file
    }

    deinit { buffer.deallocate() }

    /// The names of the elements currently open, outermost first.
    var path: [String] { openElements }

    /// "line N" for the current position, for error messages. Counts lines
    /// from the start: call it when reporting, not for every element.
    var location: String { "line \(line(at: position))" }

    /// The byte offset of the current position; `line(at:)` turns it into a
    /// line number if a warning needs one.
    var offset: Int { position }

    func line(at offset: Int) -> Int {
        var line = 1
        for index in 0..<min(offset, buffer.count) where buffer[index] == 0x0A { line += 1 }
        return line
    }

    func malformed(_ expected: String, at offset: Int? = nil) -> ListError {
        let where_ = "line \(line(at: offset ?? position))" + (openElements.last.map { " in <\($0)>" } ?? "")
        return .malformed(file: file, location: where_, expected: expected)
    }

    private func truncated() -> ListError {
        .truncated(file: file, location: "line \(line(at: buffer.count))", openElement: openElements.last ?? "document")
    }

    /// The next token, or nil at a well-formed end of document.
    func next() throws(ListError) -> XMLToken? {
        if let name = pendingEnd {
            pendingEnd = nil
            openElements.removeLast()
            return .end(name: name)
        }
        let count = buffer.count
        while position < count {
            if buffer[position] != UInt8(ascii: "<") {
                let start = position
                while position < count, buffer[position] != UInt8(ascii: "<") { position += 1 }
                if isWhitespace(start, position) { continue }
                if openElements.isEmpty {
                    throw malformed("text outside the root element; expected '<'", at: start)
                }
                return .text(decodeText(start, position))
            }
            guard position + 1 < count else { throw truncated() }
            switch buffer[position + 1] {
            case UInt8(ascii: "/"):
                return try readEndTag()
            case UInt8(ascii: "?"):
                try skip(past: [UInt8]("?>".utf8))
            case UInt8(ascii: "!"):
                if matches("<!--") {
                    try skip(past: [UInt8]("-->".utf8))
                } else if matches("<![CDATA[") {
                    let start = position + 9
                    try skip(past: [UInt8]("]]>".utf8))
                    return .text(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<(position - 3)]), as: UTF8.self))
                } else {
                    try skip(past: [UInt8](">".utf8))
                }
            default:
                return try readStartTag()
            }
        }
        if !openElements.isEmpty { throw truncated() }
        return nil
    }

    /// Reads the text content of the element just started, up to its end tag,
    /// consuming the end tag. Nested elements are an error: callers use this
    /// only for leaf elements such as `<Year>`.
    func readLeafText() throws(ListError) -> String {
        var text = ""
        while let token = try next() {
            switch token {
            case let .text(value): text += value
            case .end: return text
            case let .start(name, _, _): throw malformed("unexpected <\(name)> inside a text element")
            }
        }
        throw truncated()
    }

    /// Skips the rest of the element just started, including its children.
    func skipElement() throws(ListError) {
        var depth = 1
        while let token = try next() {
            switch token {
            case .start: depth += 1
            case .end: depth -= 1; if depth == 0 { return }
            case .text: break
            }
        }
        throw truncated()
    }

    private func matches(_ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard position + length <= buffer.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<length where buffer[position + offset] != pointer[offset] { return false }
        return true
    }

    private func skip(past terminator: [UInt8]) throws(ListError) {
        let count = buffer.count
        var index = position
        while index + terminator.count <= count {
            if buffer[index] == terminator[0] {
                var all = true
                for offset in 1..<terminator.count where buffer[index + offset] != terminator[offset] { all = false; break }
                if all { position = index + terminator.count; return }
            }
            index += 1
        }
        throw truncated()
    }

    private func isWhitespace(_ start: Int, _ end: Int) -> Bool {
        for index in start..<end {
            switch buffer[index] {
            case 0x20, 0x0A, 0x0D, 0x09: continue
            default: return false
            }
        }
        return true
    }

    @inline(__always)
    private func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"),
             UInt8(ascii: "."), UInt8(ascii: ":"), 0x80...0xFF:
            true
        default:
            false
        }
    }

    /// Reads a name and drops any namespace prefix ("xsi:type" → "type").
    private func readName() throws(ListError) -> String {
        let start = position
        var localStart = start
        while position < buffer.count, isNameByte(buffer[position]) {
            if buffer[position] == UInt8(ascii: ":") { localStart = position + 1 }
            position += 1
        }
        if position >= buffer.count { throw truncated() }
        guard position > start else { throw malformed("expected an element or attribute name") }
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[localStart..<position]), as: UTF8.self)
    }

    private func skipSpaces() {
        while position < buffer.count {
            switch buffer[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private func readStartTag() throws(ListError) -> XMLToken {
        let tagStart = position
        position += 1
        let name = try readName()
        var attributes = XMLAttributes()
        while true {
            skipSpaces()
            guard position < buffer.count else { throw truncated() }
            let byte = buffer[position]
            if byte == UInt8(ascii: ">") {
                position += 1
                openElements.append(name)
                return .start(name: name, attributes: attributes, selfClosing: false)
            }
            if byte == UInt8(ascii: "/") {
                guard position + 1 < buffer.count else { throw truncated() }
                guard buffer[position + 1] == UInt8(ascii: ">") else { throw malformed("expected '/>' to close <\(name)>") }
                position += 2
                openElements.append(name)
                pendingEnd = name
                return .start(name: name, attributes: attributes, selfClosing: true)
            }
            let attributeName = try readName()
            skipSpaces()
            guard position < buffer.count else { throw truncated() }
            guard buffer[position] == UInt8(ascii: "=") else {
                throw malformed("expected '=' after attribute \(attributeName) of <\(name)>", at: tagStart)
            }
            position += 1
            skipSpaces()
            guard position < buffer.count else { throw truncated() }
            let quote = buffer[position]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw malformed("expected a quoted value for attribute \(attributeName) of <\(name)>")
            }
            position += 1
            let valueStart = position
            while position < buffer.count, buffer[position] != quote {
                if buffer[position] == UInt8(ascii: "<") {
                    throw malformed("'<' inside the value of attribute \(attributeName) of <\(name)>")
                }
                position += 1
            }
            guard position < buffer.count else { throw truncated() }
            attributes.pairs.append((attributeName, decodeText(valueStart, position)))
            position += 1
        }
    }

    private func readEndTag() throws(ListError) -> XMLToken {
        let tagStart = position
        position += 2
        let name = try readName()
        skipSpaces()
        guard position < buffer.count else { throw truncated() }
        guard buffer[position] == UInt8(ascii: ">") else { throw malformed("expected '>' to end </\(name)>") }
        position += 1
        guard let open = openElements.last else {
            throw malformed("</\(name)> closes an element that was never opened", at: tagStart)
        }
        guard open == name else {
            throw malformed("</\(name)> found where </\(open)> was expected", at: tagStart)
        }
        openElements.removeLast()
        return .end(name: name)
    }

    /// Decodes UTF-8 text and the predefined and numeric character references.
    private func decodeText(_ start: Int, _ end: Int) -> String {
        let slice = UnsafeBufferPointer(rebasing: buffer[start..<end])
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(slice.count)
        var index = 0
        while index < slice.count {
            let byte = slice[index]
            guard byte == UInt8(ascii: "&"), let semicolon = slice[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                bytes.append(byte)
                index += 1
                continue
            }
            let entity = String(decoding: UnsafeBufferPointer(rebasing: slice[(index + 1)..<semicolon]), as: UTF8.self)
            if let replacement = XMLPullReader.resolve(entity) {
                bytes.append(contentsOf: replacement.utf8)
                index = semicolon + 1
            } else {
                bytes.append(byte)
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func resolve(_ entity: String) -> String? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard entity.hasPrefix("#") else { return nil }
            let digits = entity.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}
