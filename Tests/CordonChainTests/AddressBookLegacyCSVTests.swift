import CordonChain
import CordonModel
import Testing

/// The legacy CSV set carries wallets only inside the remarks text; the book
/// built from it must find the same parties as one built from the XML.
@Suite struct AddressBookLegacyCSVTests {
    static let kimSangMan = EntityID(source: "ofac-sdn", local: "43377")
    static let lazarus = EntityID(source: "ofac-sdn", local: "27307")

    @Test func kimSangMansAddresses() throws {
        let book = AddressBook(try AddressBookFixtures.legacy20231228.get())
        let expected: [(AssetCode, String)] = [
            (.xbt, "1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ"),
            (.xbt, "1FCNgfZWpYMeYhy9t18AAkTBu8AsdoAc1Z"),
            (.eth, "0x97b1043abd9e6fc31681635166d430a458d14f9c"),
            (.eth, "0xb6f5ec1a0a9cd1526536d3f0426c429529471f40"),
            (.usdt, "0xb6f5ec1a0a9cd1526536d3f0426c429529471f40"),
            (.usdc, "0xb6f5ec1a0a9cd1526536d3f0426c429529471f40"),
        ]
        for (asset, address) in expected {
            let screening = book.screen(address, asset: asset)
            #expect(screening.isValid, "\(address): \(screening.reason ?? "")")
            let match = screening.matches.first { $0.entityID == Self.kimSangMan && $0.asset == asset.rawValue }
            #expect(match != nil, "\(asset.rawValue) \(address)")
            #expect(match?.programs == ["DPRK4"])
            #expect(match?.caption == "KIM, Sang Man")
            #expect(match?.list.hasPrefix("ofac-sdn@") == true)
        }
        let shared = book.entries(for: EIP55.checksummed("0xb6f5ec1a0a9cd1526536d3f0426c429529471f40") ?? "")
        #expect(Set(shared.compactMap(\.asset)) == ["ETH", "USDT", "USDC"])
    }

    /// As printed in the remarks of sdn_2023-12-28.csv, entry 27307.
    static let lazarusETH = [
        "0x098B716B8Aaf21512996dC57EB0615e2383E2f96", "0xa0e1c89Ef1a489c9C7dE96311eD5Ce5D32c20E4B",
        "0x3Cffd56B47B7b41c56258D9C7731ABaDc360E073", "0x53b6936513e738f44FB50d2b9476730C0Ab3Bfc1",
        "0x35fB6f6DB4fb05e6A4cE86f2C93691425626d4b1", "0xF7B31119c2682c88d88D455dBb9d5932c65Cf1bE",
        "0x3e37627dEAA754090fBFbb8bd226c1CE66D255e9", "0x08723392Ed15743cc38513C4925f5e6be5c17243",
    ]

    @Test func lazarusEightETHAddresses() throws {
        let snapshots = try AddressBookFixtures.legacy20231228.get()
        let book = AddressBook(snapshots)
        for address in Self.lazarusETH {
            for spelling in [address, address.lowercased()] {
                let screening = book.screen(spelling, asset: .eth)
                #expect(screening.isValid, "\(spelling): \(screening.reason ?? "")")
                let match = screening.matches.first { $0.entityID == Self.lazarus }
                #expect(match?.asset == "ETH" && match?.listedAs == address, "\(spelling)")
                #expect(match?.programs == ["DPRK3"])
            }
        }
        let listed = try #require(snapshots.lazyEntity(Self.lazarus)).wallets
        #expect(Set(listed.map(\.value)) == Set(Self.lazarusETH), "the list holds other Lazarus wallets than the remarks show")
    }
}

private extension Array where Element == ListSnapshot {
    func lazyEntity(_ id: EntityID) -> Entity? {
        lazy.compactMap { $0.entity(id) }.first
    }
}
