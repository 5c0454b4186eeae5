import CordonModel
import Foundation
import Testing

@Suite("Dates at their real precision")
struct PartialDateTests {
    @Test("ISO forms at year, month and day precision", arguments: [
        ("1965", PartialDate(year: 1965), PartialDate.Precision.year),
        ("1965-04", PartialDate(year: 1965, month: 4), .month),
        ("1965-04-25", PartialDate(year: 1965, month: 4, day: 25), .day),
        ("2024/02/29", PartialDate(year: 2024, month: 2, day: 29), .day),
    ])
    func parses(text: String, date: PartialDate, precision: PartialDate.Precision) {
        #expect(PartialDate(iso: text) == date)
        #expect(date.precision == precision)
    }

    @Test("impossible dates are refused, never guessed", arguments: ["", "65", "1965-13", "1965-04-31", "2023-02-29", "abcd", "1965-4-25-1", "0000"])
    func refuses(text: String) {
        #expect(PartialDate(iso: text) == nil)
    }

    @Test("JSON keeps the precision and rejects bad dates with a reason")
    func codable() throws {
        let birth = BirthDate(PartialDate(year: 1967), to: PartialDate(year: 1969), isApproximate: true)
        let data = try JSONEncoder().encode(birth)
        #expect(String(decoding: data, as: UTF8.self).contains("\"from\":\"1967\""))
        #expect(try JSONDecoder().decode(BirthDate.self, from: data) == birth)
        #expect(birth.description == "circa 1967/1969")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(PartialDate.self, from: Data("\"1965-02-30\"".utf8)) }
    }
}
