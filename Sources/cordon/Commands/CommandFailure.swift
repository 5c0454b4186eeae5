import ArgumentParser

/// A failure to report on stderr with exit status 1, without a stack trace.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ message: String) { description = message }
}
