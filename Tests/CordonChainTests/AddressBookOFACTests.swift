import CordonChain
import CordonModel
import CordonSources
import Foundation
import Testing

/// The address book built from the 2025-11-19 SDN advanced XML against the
/// independent extract of every address in that file, and the list's quirks.
@Suite struct AddressBookOFACTests {
    static let file = "ofac_digital_currency_addresses_2025-11-19.csv"
    static let list = "ofac-sdn@2025-11-19"

    static func book() throws -> AddressBook {
        AddressBook(try AddressBookFixtures.sdn20251119.get())
    }

    @Test func everyListedAddressIsFoundWithItsParty() throws {
        let book = try Self.book()
        let rows = try AddressBookFixtures.listedAddresses(Self.file)
        #expect(rows.count == 761)
        #expect(book.lists == [Self.list])
        for row in rows {
            let asset = try #require(AssetCode(code: row.asset))
            let screening = book.screen(row.address, asset: asset)
            #expect(screening.isSanctioned, "\(row.asset) \(row.address)")
            let entry = screening.matches.first { $0.entityID == row.entityID && $0.asset == row.asset }
            #expect(entry?.listedAs == row.address, "\(row.asset) \(row.address) not listed for \(row.entityID)")
            #expect(entry?.list == Self.list)
            #expect(Set(entry?.programs ?? []) == Set(row.programs), "\(row.entityID): \(entry?.programs ?? [])")
            #expect(book.entries(normalized: AddressValidator.normalize(row.address)) == screening.matches)
        }
        let distinctListings = Set(rows.map { "\($0.partyFixedRef) \($0.asset) \($0.address)" })
        #expect(book.entryCount == distinctListings.count, "the book holds listings the extract does not")
        #expect(Set(rows.map(\.partyFixedRef)).count == 79)
    }

    @Test func tronAddressFiledUnderXBTStillMatches() throws {
        let book = try Self.book()
        let tron = "TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq"
        let asListed = book.screen(tron, asset: .xbt)
        #expect(!asListed.isValid)
        #expect(asListed.problem == .belongsToOtherAsset(requested: .xbt, detected: [.usdt, .trx, .usdc]))
        #expect(asListed.assetCandidates.contains(.trx))
        #expect(asListed.isSanctioned)
        #expect(asListed.matches.map(\.asset) == ["XBT"])
        let asTron = book.screen(tron, asset: .trx)
        #expect(asTron.isValid && asTron.matches == asListed.matches)
    }

    @Test func hexStringUnderXMRMatchesExactlyAsListed() throws {
        let book = try Self.book()
        let hex = "5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320"
        let screening = book.screen(hex, asset: .xmr)
        #expect(!screening.isValid)
        #expect(screening.problem == .hexHashNotAddress(length: 64))
        #expect(screening.isSanctioned)
        #expect(screening.matches.count == 1)
        #expect(screening.matches.first?.listedAs == hex && screening.matches.first?.asset == "XMR")
        #expect(book.screen(" \(hex)\n").isSanctioned, "surrounding whitespace is not part of the string")
        #expect(!book.screen(String(hex.dropLast()) + "1").isSanctioned)
    }

    @Test func usdtOnTronEthereumAndOmni() throws {
        let book = try Self.book()
        let usdt = try AddressBookFixtures.listedAddresses(Self.file).filter { $0.asset == "USDT" }
        var chains = Set<Chain>()
        for row in usdt {
            let screening = book.screen(row.address, asset: .usdt)
            #expect(screening.isValid && screening.isSanctioned, "\(row.address)")
            #expect(screening.matches.contains { $0.asset == "USDT" && $0.entityID == row.entityID })
            chains.formUnion(screening.validation.chains)
        }
        #expect(chains.isSuperset(of: [.tron, .ethereum, .omni]))
    }

    @Test func oneHexAddressUnderETHUSDTAndUSDCIsThreeListingsOfOneAddress() throws {
        let book = try Self.book()
        let address = "0x983a81ca6FB1e441266D2FbcB7D8E530AC2E05A2"
        let entries = book.entries(normalized: address.lowercased())
        #expect(entries.count == 3)
        #expect(Set(entries.compactMap(\.asset)) == ["ETH", "USDT", "USDC"])
        #expect(Set(entries.map(\.entityID)) == [EntityID(source: "ofac-sdn", local: "45314")])
        #expect(entries.allSatisfy { $0.listedAs == address })
        for spelling in [address, address.lowercased(), "0x" + address.dropFirst(2).uppercased()] {
            for asset in [AssetCode.eth, .usdt, .usdc, .arb] {
                let screening = book.screen(spelling, asset: asset)
                #expect(screening.isValid && screening.matches == entries, "\(spelling) as \(asset)")
            }
        }
    }

    @Test func sameAddressOfTwoPartiesIsTwoListings() throws {
        let book = try Self.book()
        let rows = try AddressBookFixtures.listedAddresses(Self.file)
        let byListing = Dictionary(grouping: rows) { "\($0.asset) \($0.address)" }
        let shared = byListing.filter { $0.value.count > 1 }
        #expect(shared.count == 3)
        for (_, group) in shared {
            let entries = book.entries(for: group[0].address).filter { $0.asset == group[0].asset }
            #expect(Set(entries.map(\.entityID)) == Set(group.map(\.entityID)), "\(group[0].address)")
        }
    }

    @Test func duplicateListingsCollapse() throws {
        let snapshots = try AddressBookFixtures.sdn20251119.get()
        let once = AddressBook(snapshots)
        let twice = AddressBook(snapshots + snapshots)
        #expect(twice.entryCount == once.entryCount)
        #expect(twice.keyCount == once.keyCount)
        #expect(twice.lists == once.lists)
        let ltc = "LeKvNdNEzgQkzVVnRdV3fAu2DSF1nLsNw6"
        #expect(twice.entries(for: ltc) == once.entries(for: ltc))
        #expect(Set(once.entries(for: ltc).map(\.entityID.local)) == ["30518", "30520"])
    }

    @Test func mixedAndLowerCaseETHMatchInAnyCase() throws {
        let book = try Self.book()
        let eth = try AddressBookFixtures.listedAddresses(Self.file).filter { $0.asset == "ETH" }
        let mixed = eth.filter { $0.address != $0.address.lowercased() }
        let lower = eth.filter { $0.address == $0.address.lowercased() }
        #expect(!mixed.isEmpty && !lower.isEmpty)
        for row in eth {
            let checksummed = try #require(EIP55.checksummed(row.address))
            let upper = "0x" + row.address.dropFirst(2).uppercased()
            for spelling in [row.address, row.address.lowercased(), upper, checksummed] {
                let screening = book.screen(spelling, asset: .eth)
                #expect(screening.isValid, "\(spelling): \(screening.reason ?? "")")
                #expect(screening.matches.contains { $0.entityID == row.entityID && $0.listedAs == row.address }, "\(spelling)")
            }
        }
        for row in mixed {
            #expect(book.screen(row.address).checksum == .verified)
        }
        for row in lower {
            #expect(book.screen(row.address).checksum == .notPresent)
        }
    }

    @Test func bitcoinCashMatchesInCashAddrAndLegacySpelling() throws {
        let book = try Self.book()
        let bch = try AddressBookFixtures.listedAddresses(Self.file).filter { $0.asset == "BCH" }
        #expect(bch.count > 1)
        var checked = 0
        for row in bch {
            let listed = AddressValidator.validate(row.address, asset: .bch)
            #expect(listed.isValid, "\(row.address)")
            let other: String
            if listed.formats.contains(.cashAddr) {
                let decoded = try CashAddr.decode(row.address)
                let legacy = try #require(CashAddr.legacyPayload(of: decoded))
                other = Base58Check.encode(legacy)
                #expect(book.screen("bitcoincash:" + row.address.uppercased(), asset: .bch).matches.contains { $0.listedAs == row.address })
            } else {
                let legacy = try Base58Check.decode(row.address)
                let type: UInt8 = legacy[0] == 0x05 ? 0x08 : 0x00
                other = CashAddr.encode(prefix: "bitcoincash", payload: [type] + legacy.dropFirst())
            }
            let screening = book.screen(other, asset: .bch)
            #expect(screening.isValid, "\(other)")
            #expect(screening.matches.contains { $0.entityID == row.entityID && $0.listedAs == row.address },
                    "\(other), the other spelling of \(row.address), is not found")
            checked += 1
        }
        #expect(checked == bch.count)
    }
}
