import Foundation

/// Where batch results go: stdout, or a file created (or truncated) up front
/// so an unwritable path fails before the lists are screened.
struct OutputSink {
    private let handle: FileHandle
    private let path: String?

    init(path: String?) throws {
        self.path = path
        guard let path else {
            handle = .standardOutput
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CommandFailure("\(path): cannot create the output file")
        }
        do {
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure("\(path): cannot open the output file for writing (\((error as NSError).localizedDescription))")
        }
    }

    func write(_ text: String) throws {
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw CommandFailure("\(path ?? "stdout"): write failed (\((error as NSError).localizedDescription))")
        }
    }

    func close() throws {
        guard path != nil else { return }
        try? handle.close()
    }
}
