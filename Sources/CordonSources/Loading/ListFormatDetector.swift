import Foundation

/// Decides a file's format from its first bytes, never from its name, so a
/// renamed download still loads and a wrong file is refused with a reason.
public enum ListFormatDetector {
    /// How much of the start of a file is inspected.
    static let window = 1 << 16

    public static func detect(_ file: ListFile) throws(ListError) -> DetectedFormat {
        let head = Array(file.bytes.prefix(window))
        if let zero = head.firstIndex(of: 0) { throw .binary(file: file.name, offset: zero) }
        if let bad = firstInvalidUTF8(head) { throw .binary(file: file.name, offset: bad) }
        var start = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < head.count, [0x20, 0x0A, 0x0D, 0x09].contains(head[start]) { start += 1 }
        guard start < head.count else { throw .empty(file: file.name) }
        let text = String(decoding: head[start...].prefix(4096), as: UTF8.self)
        let preview = String(text.prefix(40)).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: "")
        switch head[start] {
        case UInt8(ascii: "<"):
            if let root = rootElement(text) {
                if root == "Sanctions" { return .ofacAdvancedXML }
                if root == "CONSOLIDATED_LIST" { return .unConsolidatedXML }
            }
            throw .unknownFormat(file: file.name, start: preview)
        case UInt8(ascii: "{"):
            let firstLine = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? text
            if firstLine.contains("\"op\"") && firstLine.contains("\"entity\"") { return .followTheMoneyDelta }
            if firstLine.contains("\"schema\"") && firstLine.contains("\"id\"") { return .followTheMoney }
            throw .unknownFormat(file: file.name, start: preview)
        default:
            return try detectCSV(file, preview: preview)
        }
    }

    private static func detectCSV(_ file: ListFile, preview: String) throws(ListError) -> DetectedFormat {
        var reader = CSVReader(bytes: Array(file.bytes.prefix(window)), file: file.name)
        let first: [String]
        do {
            guard let record = try reader.nextRecord() else { throw ListError.empty(file: file.name) }
            first = record.fields
        } catch {
            // The window may cut a quoted field; only a failure on a whole file is an error.
            var whole = CSVReader(bytes: file.bytes, file: file.name)
            guard let record = try whole.nextRecord() else { throw ListError.empty(file: file.name) }
            first = record.fields
        }
        let keys = Set(first.map(CustomCSVParser.columnKey))
        if keys.contains("id"), keys.contains("name") { return .customCSV }
        let leading = first[0].trimmed()
        if !leading.isEmpty, leading.allSatisfy(\.isNumber) {
            switch first.count {
            case OFACLegacyCSVParser.mainColumns: return .ofacLegacyMain
            case 6: return .ofacLegacyAddresses
            case 5: return .ofacLegacyAliases
            case 2: return .ofacLegacyComments
            default: break
            }
        }
        throw .unknownFormat(file: file.name, start: preview)
    }

    /// The first element name after any declaration, comment or doctype.
    private static func rootElement(_ text: String) -> String? {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            if after.hasPrefix("?") || after.hasPrefix("!") {
                guard let close = after.firstIndex(of: ">") else { return nil }
                rest = after[after.index(after: close)...]
                continue
            }
            let name = after.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
            return String(name.split(separator: ":").last ?? name)
        }
        return nil
    }

    /// Offset of the first byte that breaks UTF-8, ignoring a sequence cut by the window's end.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            if index + length > bytes.count { return bytes.count == window ? nil : index }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}
