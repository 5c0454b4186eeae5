import CordonModel
import CordonSources
import Testing

@Suite("Custom CSV")
struct CustomCSVParserTests {
    static let sample = """
    id,name,schema,aliases,birth_date,country,identifiers,programs,notes
    c1,Kim Il Ho,Person,Kim Ilho; Gim Il-ho,1970-03-01,KP,passport:P12345;wallet:ETH:0x97b1043abd9e6fc31681635166d430a458d14f9c,INTERNAL,"former vendor, see case 17"
    c2,Example Front Trading Co.,Organization,,,China,email:sales@example.com;website:example.com,,
    """

    @Test("columns in any order; aliases, dates, countries, identifiers and wallets with assets")
    func parses() throws {
        let snapshot = try ListLoader.load(files: [ListFile(name: "blocklist.csv", bytes: Array(Self.sample.utf8))]).first
        let list = try #require(snapshot)
        #expect(list.source == .custom)
        #expect(list.entities.count == 2)
        let kim = try #require(list.entity(EntityID("custom:c1")!))
        #expect(kim.schema == .person)
        #expect(kim.names.map(\.full) == ["Kim Il Ho", "Kim Ilho", "Gim Il-ho"])
        #expect(kim.birthDates == [BirthDate(PartialDate(year: 1970, month: 3, day: 1))])
        #expect(kim.nationalities.map(\.code) == ["KP"])
        #expect(kim.identifiers.contains { $0.kind == .passport && $0.value == "P12345" })
        #expect(kim.wallets.first?.asset == "ETH")
        #expect(kim.remarks == ["former vendor, see case 17"])
        let front = try #require(list.entity(EntityID("custom:c2")!))
        #expect(front.schema == .organization)
        #expect(front.nationalities.map(\.code) == ["CN"])
    }

    @Test("bad rows are refused with the line and the field", arguments: [
        ("id,name\n,Nobody\n", "line 2", "'id' column is empty"),
        ("id,name,birth_date\nx1,Someone,1965-13-01\n", "line 2", "birth_date '1965-13-01'"),
        ("id,name,schema\nx1,Someone,Spaceship\n", "line 2", "unknown schema 'Spaceship'"),
        ("id,name,identifiers\nx1,Someone,passport\n", "line 2", "must be kind:value"),
        ("id,name\nx1,Someone\nx1,Other\n", "line 3", "appears twice"),
        ("id,name\nx1,Someone,extra\n", "line 2", "expected 2 columns"),
    ])
    func refuses(csv: String, location: String, message: String) {
        #expect {
            _ = try ListLoader.load(files: [ListFile(name: "bad.csv", bytes: Array(csv.utf8))])
        } throws: { error in
            let text = String(describing: error)
            return text.contains("bad.csv:\(location)") && text.contains(message)
        }
    }
}
