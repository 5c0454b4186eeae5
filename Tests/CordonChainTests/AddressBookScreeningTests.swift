import CordonChain
import CordonModel
import CordonSources
import Foundation
import Testing

/// Hand-made books: bad input, alternate spellings, collapsing, and books
/// from a company's own CSV list.
@Suite struct AddressBookScreeningTests {
    static func entry(_ address: String, asset: String?, id: String = "1", list: String = "custom@test") -> AddressBookEntry {
        AddressBookEntry(entityID: EntityID(source: "custom", local: id), caption: "Party \(id)", programs: ["TEST"],
                         asset: asset, listedAs: address, list: list)
    }

    static let ronin = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"
    static let bitcoin = "1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu"

    static var book: AddressBook {
        var book = AddressBook()
        book.add(entry(ronin, asset: "ETH"))
        book.add(entry(bitcoin, asset: "XBT", id: "2"))
        return book
    }

    @Test(arguments: [
        ("", AddressProblem.empty),
        ("   ", .empty),
        ("\t\r\n", .empty),
        ("0x098B716B8Aaf2151\u{0}2996dC57EB0615e2383E2f96", .controlCharacter(offset: 18, byte: 0)),
        ("0x098B716B8Aaf2151\u{7}2996dC57EB0615e2383E2f96", .controlCharacter(offset: 18, byte: 7)),
        ("0x098B716B8Aaf2151 2996dC57EB0615e2383E2f96", .innerWhitespace(offset: 18)),
        ("0x098B716B8Aaf21512996dC57EB0615e2383E2f9é", .nonASCII(offset: 41)),
        (String(repeating: "1", count: 10_240), .tooLong(length: 10_240, limit: AddressValidator.maximumLength)),
        ("hello world", .innerWhitespace(offset: 5)),
    ])
    func badInputGetsAReasonNotACrash(input: String, problem: AddressProblem) {
        let screening = Self.book.screen(input, asset: .eth)
        #expect(!screening.isValid)
        #expect(screening.problem == problem)
        #expect(screening.reason?.isEmpty == false)
        #expect(!screening.isSanctioned)
        #expect(screening.input == input)
    }

    @Test func otherChainsAddressForAnAsset() {
        let book = Self.book
        let bitcoinAsETH = book.screen(Self.bitcoin, asset: .eth)
        #expect(!bitcoinAsETH.isValid)
        #expect(bitcoinAsETH.problem == .belongsToOtherAsset(requested: .eth, detected: bitcoinAsETH.assetCandidates))
        #expect(bitcoinAsETH.assetCandidates.contains(.xbt))
        #expect(bitcoinAsETH.isSanctioned, "a listed address is listed whatever asset the caller named")
        let ethAsXBT = book.screen(Self.ronin, asset: .xbt)
        #expect(!ethAsXBT.isValid && ethAsXBT.isSanctioned)
        #expect(ethAsXBT.reason?.contains("not for XBT") == true)
    }

    @Test func longInputIsAnsweredAndNotLookedUpAsAPrefix() {
        var book = Self.book
        let long = String(repeating: Self.ronin, count: 250)
        book.add(Self.entry(long, asset: "ETH", id: "3"))
        let screening = book.screen(long)
        #expect(!screening.isValid)
        #expect(screening.matches.map(\.entityID.local) == ["3"], "a listed string matches as listed, whatever its length")
        #expect(!book.screen(String(long.dropLast())).isSanctioned)
    }

    @Test func cashAddrAndLegacySpellingsFindEachOther() {
        // The CashAddr specification's example pair.
        let legacy = Self.bitcoin
        let cashAddr = "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"
        var listedAsCashAddr = AddressBook()
        listedAsCashAddr.add(Self.entry(cashAddr, asset: "BCH"))
        var listedAsLegacy = AddressBook()
        listedAsLegacy.add(Self.entry(legacy, asset: "BCH"))
        for book in [listedAsCashAddr, listedAsLegacy] {
            for spelling in [cashAddr, cashAddr.uppercased(), String(cashAddr.dropFirst(12)), legacy] {
                let screening = book.screen(spelling, asset: .bch)
                #expect(screening.isValid && screening.isSanctioned, "\(spelling)")
            }
            #expect(book.keyCount == 2 && book.entryCount == 1)
        }
        // Listed for Bitcoin, the legacy address is not thereby a Bitcoin Cash listing.
        #expect(!Self.book.screen(cashAddr).isSanctioned)
        #expect(Self.book.screen(legacy).isSanctioned)
    }

    @Test func identicalListingsCollapseDistinctOnesStay() {
        var book = AddressBook()
        book.add(Self.entry(Self.ronin, asset: "ETH"))
        book.add(Self.entry(Self.ronin.lowercased(), asset: "ETH"))
        book.add(Self.entry(Self.ronin, asset: "ETH"))
        book.add(Self.entry(Self.ronin, asset: "USDT"))
        book.add(Self.entry(Self.ronin, asset: "ETH", id: "9"))
        book.add(Self.entry(Self.ronin, asset: "ETH", list: "custom@other"))
        #expect(book.keyCount == 1)
        #expect(book.entryCount == 5, "only the exact repeat collapses")
        #expect(book.entries(normalized: Self.ronin.lowercased()).count == 5)
        #expect(book.entries(normalized: Self.ronin).isEmpty, "normalized keys are lower-case for hex")
        #expect(!book.contains(normalized: ""))
        #expect(book.contains(normalized: Self.ronin.lowercased()))
    }

    @Test func base58StaysCaseSensitive() {
        let book = Self.book
        #expect(book.screen(Self.bitcoin).isSanctioned)
        #expect(!book.screen(Self.bitcoin.lowercased()).isSanctioned)
        #expect(!book.screen(Self.bitcoin.uppercased()).isSanctioned)
    }

    @Test func customCSVListWallets() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cordon-address-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("blocklist.csv")
        try """
            id,name,identifiers,programs
            c1,Example Mixer,wallet:ETH:\(Self.ronin.lowercased());wallet:XBT:\(Self.bitcoin),INTERNAL
            c2,No Wallet,email:a@example.com,INTERNAL

            """.write(to: file, atomically: true, encoding: .utf8)
        let book = AddressBook(try ListLoader.load(paths: [file.path]))
        #expect(book.entryCount == 2)
        let match = try #require(book.screen(Self.ronin, asset: .eth).matches.first)
        #expect(match.entityID == EntityID(source: "custom", local: "c1"))
        #expect(match.caption == "Example Mixer" && match.programs == ["INTERNAL"])
        #expect(match.asset == "ETH" && match.assetCode == .eth)
        #expect(book.screen(Self.bitcoin).matches.first?.asset == "XBT")
    }

    @Test func valueTypesAreSendable() {
        func requireSendable<T: Sendable>(_: T.Type) {}
        requireSendable(AddressBook.self)
        requireSendable(AddressBookEntry.self)
        requireSendable(AddressScreening.self)
    }
}
