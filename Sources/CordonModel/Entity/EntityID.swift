import Foundation

/// The stable identifier of a listed party: `SOURCE:ID`, with the id as the
/// source prints it (`ofac-sdn:43377`, `un:KPi.066`, `ftm:NK-…`).
///
/// This is a contract other tools rely on: it must survive re-publication of
/// a list, so it is never derived from names or positions in a file.
public struct EntityID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let source: String
    public let local: String

    public init(source: String, local: String) {
        self.source = source
        self.local = local
    }

    /// Parses `SOURCE:ID`; the id part may itself contain colons.
    public init?(_ text: String) {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex,
              text.index(after: colon) != text.endIndex else { return nil }
        source = String(text[..<colon])
        local = String(text[text.index(after: colon)...])
    }

    public var description: String { source + ":" + local }

    public static func < (lhs: EntityID, rhs: EntityID) -> Bool {
        lhs.source == rhs.source ? lhs.local.localizedStandardCompare(rhs.local) == .orderedAscending
                                 : lhs.source < rhs.source
    }
}

extension EntityID: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = EntityID(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not an entity id of the form SOURCE:ID")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
