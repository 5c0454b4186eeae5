import Foundation

/// Messages for people (warnings, progress) go to stderr so stdout stays machine-readable.
enum FileHandleOutput {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
