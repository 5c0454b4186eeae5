import CordonChain
import CordonModel
import CordonSources
import Testing

/// OpenSanctions publishes wallets as CryptoWallet entities pointing at their holder.
@Suite struct AddressBookFollowTheMoneyTests {
    static let export = """
    {"id":"NK-lazarus","schema":"Organization","properties":{"name":["Lazarus Group"],"topics":["sanction"]},"datasets":["us_ofac_sdn"]}
    {"id":"wallet-1","schema":"CryptoWallet","properties":{"publicKey":["0x098B716B8Aaf21512996dC57EB0615e2383E2f96"],"currency":["ETH"],"holder":["NK-lazarus"]},"datasets":["us_ofac_sdn"]}
    {"id":"wallet-2","schema":"CryptoWallet","properties":{"publicKey":["1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ"],"currency":["XBT"]},"datasets":["us_ofac_sdn"]}
    """

    @Test func cryptoWalletEntitiesAndTheirHoldersAreInTheBook() throws {
        let snapshots = try ListLoader.load(files: [ListFile(name: "entities.ftm.json", bytes: Array(Self.export.utf8))])
        let book = AddressBook(snapshots)
        let ronin = book.screen("0x098b716b8aaf21512996dc57eb0615e2383e2f96")
        #expect(ronin.isSanctioned)
        #expect(Set(ronin.matches.map(\.entityID.description)) == ["ftm:NK-lazarus", "ftm:wallet-1"])
        #expect(ronin.matches.allSatisfy { $0.asset == "ETH" })
        let unheld = book.screen("1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ", asset: .xbt)
        #expect(unheld.matches.map(\.entityID.description) == ["ftm:wallet-2"])
        #expect(!book.screen("1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfj").isSanctioned)
    }
}
