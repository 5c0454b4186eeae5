import CordonChain
import CordonModel
import Testing

/// Tornado Cash's 90 addresses were delisted on 2025-03-21: the book must
/// follow the list version it was built from.
@Suite struct AddressBookTornadoTests {
    static let file = "tornado_cash_delisted_2025-03-21.csv"

    @Test func flaggedOnMarch4() throws {
        let book = AddressBook(try AddressBookFixtures.sdn20250304.get())
        let rows = try AddressBookFixtures.listedAddresses(Self.file)
        #expect(rows.count == 90)
        for row in rows {
            let screening = book.screen(row.address, asset: .eth)
            #expect(screening.isValid && screening.isSanctioned, "\(row.address)")
            #expect(screening.matches.contains { $0.entityID == row.entityID && $0.list == "ofac-sdn@2025-03-04" }, "\(row.address)")
        }
        #expect(Set(rows.map(\.entityID)) == [EntityID(source: "ofac-sdn", local: "39796")])
    }

    @Test func clearedOnMarch21() throws {
        let book = AddressBook(try AddressBookFixtures.sdn20250321.get())
        #expect(book.entryCount > 500, "the later list still has its other addresses")
        for row in try AddressBookFixtures.listedAddresses(Self.file) {
            let screening = book.screen(row.address, asset: .eth)
            #expect(screening.isValid && !screening.isSanctioned, "\(row.address): \(screening.matches)")
        }
        #expect(book.screen(AddressBookRoninTests.ronin).isSanctioned)
    }

    @Test func bothVersionsTogetherNameTheirList() throws {
        let book = AddressBook(try AddressBookFixtures.sdn20250304.get() + AddressBookFixtures.sdn20250321.get())
        #expect(book.lists == ["ofac-sdn@2025-03-04", "ofac-sdn@2025-03-21"])
        let ronin = book.screen(AddressBookRoninTests.ronin).matches
        #expect(ronin.map(\.list) == ["ofac-sdn@2025-03-04", "ofac-sdn@2025-03-21"])
        let tornado = try #require(try AddressBookFixtures.listedAddresses(Self.file).first)
        #expect(book.screen(tornado.address).matches.map(\.list) == ["ofac-sdn@2025-03-04"])
    }
}
