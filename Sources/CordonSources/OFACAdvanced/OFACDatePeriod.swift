import Foundation
import CordonModel

/// OFAC's `<DatePeriod>`: a start and an end, each a from/to window of full
/// dates. A year-only birth date is written as 1 Jan … 31 Dec of that year,
/// so precision has to be recovered from the shape of the window.
struct OFACDatePeriod {
    var startFrom: PartialDate?
    var endTo: PartialDate?
    var isApproximate = false

    static func read(_ reader: XMLPullReader) throws(ListError) -> OFACDatePeriod {
        var period = OFACDatePeriod()
        try reader.forEachChild { name, attributes throws(ListError) in
            switch name {
            case "Start", "End":
                if attributes.bool("Approximate") { period.isApproximate = true }
                try reader.forEachChild { bound, _ throws(ListError) in
                    let date = try readDate(reader)
                    if name == "Start", bound == "From" { period.startFrom = date }
                    if name == "End", bound == "To" { period.endTo = date }
                }
            default:
                try reader.skipElement()
            }
        }
        return period
    }

    /// Reads `<Year>`, `<Month>`, `<Day>` children of the element just started.
    static func readDate(_ reader: XMLPullReader) throws(ListError) -> PartialDate? {
        var year: Int?, month: Int?, day: Int?
        try reader.forEachChild { name, _ throws(ListError) in
            let value = Int(try reader.readLeafText().trimmed())
            switch name {
            case "Year": year = value
            case "Month": month = value
            case "Day": day = value
            default: break
            }
        }
        guard let year else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    /// The period at the precision its bounds imply.
    var birthDate: BirthDate? {
        guard let start = startFrom else { return nil }
        let end = endTo ?? start
        let startsYear = start.month == 1 && start.day == 1
        let endsYear = end.month == 12 && end.day == 31
        if startsYear, endsYear {
            let from = PartialDate(year: start.year)
            return BirthDate(from, to: end.year == start.year ? nil : PartialDate(year: end.year), isApproximate: isApproximate)
        }
        if start.day == 1, let month = end.month, end.day == PartialDate.daysIn(month: month, year: end.year) {
            let from = PartialDate(year: start.year, month: start.month)
            let to = PartialDate(year: end.year, month: end.month)
            return BirthDate(from, to: to, isApproximate: isApproximate)
        }
        return BirthDate(start, to: end, isApproximate: isApproximate)
    }
}
