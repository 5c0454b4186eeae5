import Foundation
import Testing
@testable import CordonChain

/// Every address on the 2025-11-19 SDN list, and the list's known quirks.
@Suite struct OFACListTests {
    static let file = "ofac_digital_currency_addresses_2025-11-19.csv"

    static let quirkTronUnderXBT = "TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq"
    static let quirkHexUnderXMR = "5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320"

    @Test func everyRowClassifiedSensibly() throws {
        let rows = try Fixtures.ofacRows(Self.file)
        #expect(rows.count == 761)
        var byAsset: [String: (valid: Int, total: Int)] = [:]
        var unexpected: [String] = []
        for row in rows {
            let asset = try #require(AssetCode(code: row.asset), "unknown asset code \(row.asset)")
            let result = AddressValidator.validate(row.address, asset: asset)
            var counts = byAsset[row.asset, default: (0, 0)]
            counts.total += 1
            if result.isValid { counts.valid += 1 }
            byAsset[row.asset] = counts
            let knownQuirk = row.address == Self.quirkTronUnderXBT || row.address == Self.quirkHexUnderXMR
            if result.isValid == knownQuirk {
                unexpected.append("\(row.asset) \(row.address): \(result.reason ?? "valid")")
            }
            // Without an asset, the listed asset is always among the candidates
            // (except for the quirks).
            let open = AddressValidator.validate(row.address)
            if !knownQuirk {
                #expect(open.candidateAssets.contains(asset), "\(row.asset) \(row.address)")
                #expect(open.normalized == AddressValidator.normalize(row.address))
            }
        }
        #expect(unexpected.isEmpty, "\(unexpected)")
        print("OFAC 2025-11-19 rows valid for their listed asset:",
              byAsset.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.valid)/\($0.value.total)" }.joined(separator: ", "))
    }

    @Test func tronAddressFiledUnderXBT() {
        let asXBT = AddressValidator.validate(Self.quirkTronUnderXBT, asset: .xbt)
        #expect(!asXBT.isValid)
        #expect(asXBT.problem == .belongsToOtherAsset(requested: .xbt, detected: [.usdt, .trx, .usdc]))
        #expect(asXBT.checksum == .verified)
        let open = AddressValidator.validate(Self.quirkTronUnderXBT)
        #expect(open.isValid && open.chains == [.tron] && open.candidateAssets.contains(.trx))
        #expect(AddressValidator.validate(Self.quirkTronUnderXBT, asset: .trx).isValid)
    }

    @Test func hexStringUnderXMRIsNoAddress() {
        let result = AddressValidator.validate(Self.quirkHexUnderXMR, asset: .xmr)
        #expect(!result.isValid)
        #expect(result.problem == .hexHashNotAddress(length: 64))
        #expect(!AddressValidator.validate(Self.quirkHexUnderXMR).isValid)
    }

    @Test func usdtOnTronEthereumAndOmni() throws {
        let usdt = try Fixtures.ofacRows(Self.file).filter { $0.asset == "USDT" }
        var chains = Set<Chain>()
        for row in usdt {
            let result = AddressValidator.validate(row.address, asset: .usdt)
            #expect(result.isValid, "\(row.address)")
            chains.formUnion(result.chains)
        }
        #expect(chains.isSuperset(of: [.tron, .ethereum, .omni]))
        let omni = try #require(usdt.first { $0.address.hasPrefix("1") })
        let omniResult = AddressValidator.validate(omni.address, asset: .usdt)
        #expect(omniResult.chains == [.omni])
        // A bech32 Bitcoin address cannot hold Omni USDT.
        #expect(!AddressValidator.validate("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", asset: .usdt).isValid)
    }

    @Test func sameHexAddressUnderETHUSDTAndUSDC() {
        let address = "0x983a81ca6FB1e441266D2FbcB7D8E530AC2E05A2"
        for asset in [AssetCode.eth, .usdt, .usdc, .arb, .bsc, .etc] {
            #expect(AddressValidator.validate(address, asset: asset).isValid)
        }
        #expect(!AddressValidator.validate(address, asset: .trx).isValid)
    }

    @Test func mixedAndLowerCaseETH() throws {
        let eth = try Fixtures.ofacRows(Self.file).filter { $0.asset == "ETH" }
        let mixed = eth.filter { $0.address != $0.address.lowercased() }
        let lower = eth.filter { $0.address == $0.address.lowercased() }
        #expect(!mixed.isEmpty && !lower.isEmpty)
        for row in mixed {
            #expect(AddressValidator.validate(row.address).checksum == .verified, "\(row.address)")
        }
        for row in lower {
            #expect(AddressValidator.validate(row.address).checksum == .notPresent)
        }
        for row in eth {
            #expect(AddressValidator.normalize(row.address) == row.address.lowercased())
        }
    }

    @Test func duplicateRowsShareLookupKeys() throws {
        let rows = try Fixtures.ofacRows(Self.file)
        var seen = [String: Int]()
        for row in rows { seen[row.asset + " " + AddressValidator.normalize(row.address), default: 0] += 1 }
        #expect(seen.values.filter { $0 > 1 }.count >= 3)
    }

    @Test func tornadoCashDelistedAddressesAreValidETH() throws {
        let rows = try Fixtures.ofacRows("tornado_cash_delisted_2025-03-21.csv")
        #expect(rows.count == 90)
        for row in rows {
            let result = AddressValidator.validate(row.address, asset: .eth)
            #expect(result.isValid, "\(row.address): \(result.reason ?? "")")
        }
    }

    @Test func moneroAddressesOnTheList() throws {
        let xmr = try Fixtures.ofacRows(Self.file).filter { $0.asset == "XMR" && $0.address != Self.quirkHexUnderXMR }
        #expect(xmr.count == 7)
        var kinds = Set<AddressKind>()
        for row in xmr {
            let result = AddressValidator.validate(row.address, asset: .xmr)
            #expect(result.isValid, "\(row.address): \(result.reason ?? "")")
            kinds.formUnion(result.kinds)
            #expect(result.normalized == row.address)
        }
        #expect(kinds.contains(.moneroStandard) && kinds.contains(.moneroSubaddress))
    }
}
