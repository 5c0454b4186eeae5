/// A calendar date known to year, month or day precision.
///
/// Lists often know only a birth year ("DOB 1962") or a month; storing a full
/// date would invent precision that screening must not rely on.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    public enum Precision: String, Codable, Sendable { case year, month, day }

    public var precision: Precision {
        if day != nil { return .day }
        return month != nil ? .month : .year
    }

    /// ISO 8601 at the date's own precision: "1965", "1965-04", "1965-04-25".
    public var iso: String {
        var text = String(format4: year)
        if let month { text += "-" + String(format2: month) }
        if let day { text += "-" + String(format2: day) }
        return text
    }

    public var description: String { iso }

    /// Parses "1965", "1965-04", "1965-04-25" (also with "/" or "." between parts).
    /// Rejects impossible months and days, so a typo never becomes a date.
    public init?(iso text: String) {
        let pieces = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard (1...3).contains(pieces.count), pieces[0].count == 4,
              let year = Int(pieces[0]), (1...9999).contains(year) else { return nil }
        var month: Int?
        var day: Int?
        if pieces.count >= 2 {
            guard pieces[1].count <= 2, let m = Int(pieces[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if pieces.count == 3 {
            guard pieces[2].count <= 2, let d = Int(pieces[2]),
                  (1...PartialDate.daysIn(month: month!, year: year)).contains(d) else { return nil }
            day = d
        }
        self.init(year: year, month: month, day: day)
    }

    /// Days in a Gregorian month, used to reject 31 April or 29 February 2023.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }
}

extension PartialDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension String {
    init(format4 value: Int) {
        let digits = String(value)
        self = String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits
    }

    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : String(value)
    }
}
