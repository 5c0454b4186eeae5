import CordonModel
import Foundation

/// Parses batch input into queries, one per line, never stopping at a bad
/// line: a line that cannot be read becomes an error item in its place.
public struct BatchReader: Sendable {
    public var format: BatchFormat
    private var columns: [String] = []

    public init(format: BatchFormat) {
        self.format = format
    }

    /// All items of a whole input text. For CSV the first non-empty line is the header.
    public static func items(of text: String, format: BatchFormat) throws(BatchInputError) -> [BatchItem] {
        var reader = BatchReader(format: format)
        var items = [BatchItem]()
        var lineNumber = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            if let item = try reader.read(String(line), lineNumber: lineNumber) { items.append(item) }
        }
        return items
    }

    /// The item for one line; nil for blank lines and the CSV header.
    /// Throws only when the CSV header itself is unusable.
    public mutating func read(_ rawLine: String, lineNumber: Int) throws(BatchInputError) -> BatchItem? {
        let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !line.isEmpty else { return nil }
        switch format {
        case .jsonLines:
            return jsonItem(line, lineNumber: lineNumber)
        case .csv:
            if columns.isEmpty {
                columns = CSVLine.fields(line.replacingOccurrences(of: "\u{FEFF}", with: ""))
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                guard columns.contains("name") else {
                    throw BatchInputError(line: lineNumber, message: "CSV header has no \"name\" column (found: \(columns.joined(separator: ", ")))")
                }
                return nil
            }
            let fields = CSVLine.fields(line)
            var values = [String: String]()
            for (c, column) in columns.enumerated() where c < fields.count {
                let v = fields[c].trimmingCharacters(in: .whitespaces)
                if !v.isEmpty { values[column] = v }
            }
            let id = values["id"] ?? String(lineNumber)
            if fields.count > columns.count {
                return BatchItem(id: id, line: lineNumber, query: .failure(BatchInputError(
                    line: lineNumber, message: "\(fields.count) fields but the header has \(columns.count)")))
            }
            let identifiers = values["identifiers"].map {
                $0.split(whereSeparator: { $0 == ";" || $0 == "|" }).map { $0.trimmingCharacters(in: .whitespaces) }
            } ?? []
            return BatchItem(id: id, line: lineNumber, query: Self.query(
                name: values["name"], schema: values["schema"], birthDate: values["birthDate"],
                country: values["country"], identifiers: identifiers, line: lineNumber))
        }
    }

    private func jsonItem(_ line: String, lineNumber: Int) -> BatchItem {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                return BatchItem(id: String(lineNumber), line: lineNumber, query: .failure(BatchInputError(
                    line: lineNumber, message: "invalid JSON: expected an object such as {\"id\":\"q1\",\"name\":\"…\"}")))
            }
            object = parsed
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "not valid JSON"
            return BatchItem(id: String(lineNumber), line: lineNumber, query: .failure(BatchInputError(
                line: lineNumber, message: "invalid JSON (\(reason))")))
        }
        let id: String
        switch object["id"] {
        case let s as String: id = s
        case let n as NSNumber: id = n.stringValue
        default: id = String(lineNumber)
        }
        func string(_ key: String) -> String? {
            switch object[key] {
            case let s as String: return s
            case let n as NSNumber: return n.stringValue
            default: return nil
            }
        }
        var identifiers = [String]()
        if let list = object["identifiers"] as? [Any] {
            identifiers = list.compactMap { ($0 as? String) ?? ($0 as? NSNumber)?.stringValue }
        } else if let single = string("identifiers") {
            identifiers = [single]
        }
        return BatchItem(id: id, line: lineNumber, query: Self.query(
            name: string("name"), schema: string("schema"), birthDate: string("birthDate"),
            country: string("country"), identifiers: identifiers, line: lineNumber))
    }

    static func query(name: String?, schema: String?, birthDate: String?, country: String?, identifiers: [String],
                      line: Int) -> Result<ScreeningQuery, BatchInputError> {
        guard let name, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            return .failure(BatchInputError(line: line, message: "no \"name\": every query needs a name"))
        }
        var query = ScreeningQuery(name: name, country: country, identifiers: identifiers)
        if let schema, !schema.isEmpty {
            guard let parsed = ScreeningSchema(userValue: schema) else {
                return .failure(BatchInputError(line: line, message: "schema \"\(schema)\" is not Person, Organization, Vessel, Aircraft or Any"))
            }
            query.schema = parsed
        }
        if let birthDate, !birthDate.isEmpty {
            guard let date = PartialDate(iso: birthDate) else {
                return .failure(BatchInputError(line: line, message: "birthDate \"\(birthDate)\" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD"))
            }
            query.birthDate = date
        }
        return .success(query)
    }
}
