/// How a batch input file is written. CSV uses the same column names as the JSON keys.
public enum BatchFormat: String, Sendable {
    case jsonLines
    case csv

    /// CSV when the file name says so or the first line is not a JSON object.
    public static func detect(fileName: String?, firstLine: String) -> BatchFormat {
        if let fileName, fileName.lowercased().hasSuffix(".csv") { return .csv }
        if let fileName, fileName.lowercased().hasSuffix(".jsonl") || fileName.lowercased().hasSuffix(".ndjson") { return .jsonLines }
        return firstLine.drop { $0 == " " || $0 == "\u{FEFF}" }.first == "{" ? .jsonLines : .csv
    }
}
