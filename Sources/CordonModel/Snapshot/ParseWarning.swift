/// Something in a list file that was odd but not fatal: an unknown reference
/// id, a remark that could not be parsed, a duplicate row. Kept with the
/// snapshot so an examiner can see exactly what was loaded and what was not.
public struct ParseWarning: Codable, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// Line number (CSV, JSON lines) or element path (XML) where it happened.
    public var location: String?
    public var message: String

    public init(file: String, location: String? = nil, message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    public var description: String {
        [file, location].compactMap { $0 }.joined(separator: ":") + ": " + message
    }
}
