import CordonMatch
import Foundation

/// A batch input file read whole, with its format detected. Failing to read
/// it is the one batch error that stops the run (exit status 1).
struct BatchInputFile {
    let path: String
    let format: BatchFormat
    let lines: [Substring]

    init(path: String) throws {
        self.path = path
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure("cannot read --input \(path): \((error as NSError).localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("cannot read --input \(path): the file is not UTF-8 text")
        }
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let first = lines.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
        format = BatchFormat.detect(fileName: path, firstLine: first)
    }
}
