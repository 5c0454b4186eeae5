import CordonModel
import Foundation

/// Dates as OFAC writes them in remarks: "25 Apr 1965", "Apr 1965", "1965",
/// "circa 1951", "1955 to 1957".
enum OFACDateText {
    private static let months = ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
                                 "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12]

    static func date(_ text: String) -> PartialDate? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" }).map { $0.lowercased() }
        switch words.count {
        case 1:
            guard words[0].count == 4, let year = Int(words[0]) else { return nil }
            return PartialDate(year: year)
        case 2:
            guard let month = months[String(words[0].prefix(3))], let year = Int(words[1]) else { return nil }
            return PartialDate(year: year, month: month)
        case 3:
            guard let day = Int(words[0]), let month = months[String(words[1].prefix(3))], let year = Int(words[2]),
                  (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
            return PartialDate(year: year, month: month, day: day)
        default:
            return nil
        }
    }

    static func birthDate(_ text: String) -> BirthDate? {
        var rest = text.trimmed()
        var approximate = false
        if rest.lowercased().hasPrefix("circa ") {
            approximate = true
            rest = String(rest.dropFirst(6))
        }
        let bounds = rest.components(separatedBy: " to ")
        guard let from = date(bounds[0]) else { return nil }
        let to = bounds.count == 2 ? date(bounds[1]) : nil
        if bounds.count == 2, to == nil { return nil }
        return BirthDate(from, to: to, isApproximate: approximate)
    }
}
