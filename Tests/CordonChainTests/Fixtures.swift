import Foundation

/// Test fixtures live in Tests/Fixtures/chain, found relative to this file so a
/// fresh clone needs nothing outside the repository.
enum Fixtures {
    static let chainDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/chain")

    static func url(_ relative: String) -> URL {
        chainDirectory.appendingPathComponent(relative)
    }

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    /// Lines of a gzip file, decompressed by the system gzip (tests only).
    static func gzipLines(_ relative: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", url(relative).path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).map(String.init)
    }

    struct OFACRow: Sendable {
        let asset: String
        let address: String
        let party: String
    }

    /// Rows of the OFAC address extract (asset, address, …, primary_name, …).
    /// Names may contain commas inside quotes; only the first two columns and the
    /// name are needed, so a minimal quote-aware split suffices.
    static func ofacRows(_ file: String) throws -> [OFACRow] {
        try text(file).split(whereSeparator: \.isNewline).dropFirst().map { line in
            let fields = splitCSV(String(line))
            return OFACRow(asset: fields[0], address: fields[1], party: fields.count > 6 ? fields[6] : "")
        }
    }

    static func splitCSV(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        for ch in line {
            if ch == "\"" { quoted.toggle(); continue }
            if ch == "," && !quoted { fields.append(current); current = ""; continue }
            current.append(ch)
        }
        fields.append(current)
        return fields
    }
}
