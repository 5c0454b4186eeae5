/// Why a list file could not be loaded. Every case names the file and, where
/// it can, the line or element, so the user knows what to fix.
public enum ListError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case empty(file: String)
    case binary(file: String, offset: Int)
    case corruptCompression(file: String, format: String, reason: String)
    case unknownFormat(file: String, start: String)
    case malformed(file: String, location: String, expected: String)
    case truncated(file: String, location: String, openElement: String)
    case incompleteSet(files: [String], reason: String)

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            "\(file): cannot be read: \(reason)"
        case let .empty(file):
            "\(file): the file is empty; expected a sanctions list (OFAC XML or CSV, UN XML, FollowTheMoney JSON lines or a custom CSV)"
        case let .binary(file, offset):
            "\(file): byte \(offset) is not text (binary data or an unsupported encoding); expected a UTF-8 list file, optionally .gz or .bz2 compressed"
        case let .corruptCompression(file, format, reason):
            "\(file): the \(format) data is damaged (\(reason)); download the file again"
        case let .unknownFormat(file, start):
            "\(file): unknown list format (it starts with \"\(start)\"); expected OFAC advanced XML, OFAC legacy CSV, UN consolidated XML, FollowTheMoney JSON lines or a custom CSV with an id,name header"
        case let .malformed(file, location, expected):
            "\(file):\(location): \(expected)"
        case let .truncated(file, location, openElement):
            "\(file):\(location): the file ends inside <\(openElement)>; it is truncated, download it again"
        case let .incompleteSet(files, reason):
            "\(files.joined(separator: ", ")): \(reason)"
        }
    }
}
