/// A problem with one input line, or with a whole input: where, and what was wrong.
public struct BatchInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 1-based line number in the input.
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}
