import CordonMatch
import Foundation
import Testing
@testable import CordonChain

@Suite struct AddressValidatorTests {
    // MARK: One address per asset and kind

    static let examples: [(address: String, asset: AssetCode, format: AddressFormat, kind: AddressKind)] = [
        ("1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH", .xbt, .base58Check, .payToPubKeyHash),
        ("3CWFddi6m4ndiGyKqzYvsFYagqDLPVMTzC", .xbt, .base58Check, .payToScriptHash),
        ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", .xbt, .bech32, .witnessPubKeyHash),
        ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", .xbt, .bech32m, .taproot),
        ("0x098B716B8Aaf21512996dC57EB0615e2383E2f96", .eth, .ethereumHex, .account),
        ("88wRZuGMuC5YQvXpKpeLFHQeZWW28XtGyZCizkqeypTaRcjzNNKVrCg7PpoEeWaj5A7wwbh5M2X9ycXrfUkbeptACsG4bVn",
         .xmr, .moneroBase58, .moneroSubaddress),
        ("49HqitRzdnhYjgTEAhgGpCfsjdTeMbUTU6cyR4JV1R7k2Eej9rGT8JpFiYDa4tZM6RZiFrHmMzgSrhHEqpDYKBe5B2ufNsL",
         .xmr, .moneroBase58, .moneroStandard),
        ("LaizKtS5DUhPuP1nTQcc83MS7HwK6vk85z", .ltc, .base58Check, .payToPubKeyHash),
        ("M8yFL6SFC6TreATegTyuSYkDfDRbisdpT3", .ltc, .base58Check, .payToScriptHash),
        ("3CWFddi6m4ndiGyKqzYvsFYagqDLPVMTzC", .ltc, .base58Check, .payToScriptHash),
        ("t1g7wowvQ8gn2v8jrU1biyJ26sieNqNsBJy", .zec, .base58Check, .payToPubKeyHash),
        ("XnPFsRWTaSgiVauosEwQ6dEitGYXgwznz2", .dash, .base58Check, .payToPubKeyHash),
        ("GPwg61XoHqQPNmAucFACuQ5H9sGCDv9TpS", .btg, .base58Check, .payToPubKeyHash),
        ("0xd882cfc20f52f2599d84b8e8d58c7fb62cfe344b", .etc, .ethereumHex, .account),
        ("12sjrrhoFEsedNRhtgwvvRqjFTh8fZTDX9", .bsv, .base58Check, .payToPubKeyHash),
        ("qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq", .bch, .cashAddr, .payToPubKeyHash),
        ("bitcoincash:ppm2qsznhks23z7629mms6s4cwef74vcwvn0h829pq", .bch, .cashAddr, .payToScriptHash),
        ("DFFJhnQNZf8rf67tYnesPu7MuGUpYtzv7Z", .xvg, .base58Check, .payToPubKeyHash),
        ("TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz", .usdt, .base58Check, .account),
        ("rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66", .xrp, .rippleBase58Check, .account),
        ("bnb136ns6lfw4zs5hg4n85vdthaad7hq5m4gtkgf23", .bnb, .bech32, .account),
        ("0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c", .bnb, .ethereumHex, .account),
        ("TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz", .trx, .base58Check, .account),
        ("0xb6f5ec1a0a9cd1526536d3f0426c429529471f40", .usdc, .ethereumHex, .account),
        ("0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c", .arb, .ethereumHex, .account),
        ("0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c", .bsc, .ethereumHex, .account),
        ("42RLPACwZPx3vYYmxSueqsogfynBDqXK298EDsNoyoHi", .sol, .base58, .account),
        ("42RLPACwZPx3vYYmxSueqsogfynBDqXK298EDsNoyoHi", .usdc, .base58, .account),
    ]

    @Test(arguments: examples.indices)
    func example(index: Int) {
        let e = Self.examples[index]
        let result = AddressValidator.validate(e.address, asset: e.asset)
        #expect(result.isValid, "\(e.address) as \(e.asset): \(result.reason ?? "")")
        #expect(result.formats == [e.format])
        #expect(result.kinds == [e.kind])
        #expect(result.candidateAssets.contains(e.asset))
        #expect(result.requestedAsset == e.asset)
    }

    @Test func everyAssetCodeHasAnExample() {
        #expect(Set(Self.examples.map(\.asset)) == Set(AssetCode.allCases))
    }

    @Test func candidatesWithoutAsset() {
        let legacy = AddressValidator.validate("1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH")
        #expect(legacy.isValid)
        #expect(legacy.candidateAssets == [.xbt, .bsv, .bch, .usdt])
        #expect(legacy.chains == [.bitcoin, .omni, .bitcoinCash, .bitcoinSV])
        let evm = AddressValidator.validate("0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c")
        #expect(evm.candidateAssets == [.eth, .etc, .usdt, .bnb, .usdc, .arb, .bsc])
        let sol = AddressValidator.validate("42RLPACwZPx3vYYmxSueqsogfynBDqXK298EDsNoyoHi")
        #expect(sol.candidateAssets == [.usdt, .usdc, .sol])
        #expect(sol.checksum == .notPresent)
    }

    // MARK: Synthetic but well-formed: Sprout, Sapling, integrated Monero

    @Test func zcashShieldedAddresses() throws {
        var rng = SplitMix64(seed: 42)
        let sprout = Base58Check.encode([0x16, 0x9A] + (0..<64).map { _ in UInt8.random(in: 0...255, using: &rng) })
        #expect(sprout.hasPrefix("zc") && sprout.count == 95)
        let sproutResult = AddressValidator.validate(sprout, asset: .zec)
        #expect(sproutResult.isValid && sproutResult.kinds == [.zcashSprout])
        let five = try #require(Bech32.convertBits((0..<43).map { _ in UInt8.random(in: 0...255, using: &rng) },
                                                   from: 8, to: 5, pad: true))
        let sapling = Bech32.encode(hrp: "zs", data: five, variant: .bech32)
        #expect(sapling.count == 78)
        let saplingResult = AddressValidator.validate(sapling.uppercased(), asset: .zec)
        #expect(saplingResult.isValid && saplingResult.kinds == [.zcashSapling])
        #expect(saplingResult.normalized == sapling)
        let bad = Bech32.encode(hrp: "zs", data: Array(five.dropLast(2)), variant: .bech32)
        #expect(!AddressValidator.validate(bad).isValid)
    }

    @Test func moneroIntegratedAndTestnet() {
        func address(tag: UInt8, extra: Int) -> String {
            var rng = SplitMix64(seed: UInt64(tag))
            var bytes = [tag] + (0..<(64 + extra)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            bytes += Keccak256.hash(bytes).prefix(4)
            return MoneroBase58.encode(bytes)
        }
        let integrated = address(tag: 19, extra: 8)
        #expect(integrated.count == 106)
        let result = AddressValidator.validate(integrated, asset: .xmr)
        #expect(result.isValid && result.kinds == [.moneroIntegrated])
        let testnet = AddressValidator.validate(address(tag: 53, extra: 0))
        #expect(testnet.problem == .unknownVersion(format: .moneroBase58, version: [53]))
        var broken = Array(integrated)
        broken[50] = broken[50] == "A" ? "B" : "A"
        #expect(AddressValidator.validate(String(broken)).problem == .checksumMismatch(format: .moneroBase58))
    }

    // MARK: Wrong chain

    @Test func addressOfAnotherChain() {
        let segwit = AddressValidator.validate("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", asset: .eth)
        #expect(!segwit.isValid && segwit.problem == .belongsToOtherAsset(requested: .eth, detected: [.xbt]))
        #expect(segwit.reason?.contains("XBT") == true)
        let evm = AddressValidator.validate("0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c", asset: .xbt)
        #expect(evm.problem == .belongsToOtherAsset(requested: .xbt, detected: [.eth, .etc, .usdt, .bnb, .usdc, .arb, .bsc]))
        let litecoin = AddressValidator.validate("LaizKtS5DUhPuP1nTQcc83MS7HwK6vk85z", asset: .xbt)
        #expect(litecoin.problem == .belongsToOtherAsset(requested: .xbt, detected: [.ltc]))
        let cash = AddressValidator.validate("qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq", asset: .bsv)
        #expect(cash.problem == .belongsToOtherAsset(requested: .bsv, detected: [.bch]))
        let testnet = AddressValidator.validate("mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn")
        #expect(testnet.problem == .unknownVersion(format: .base58Check, version: [0x6f]))
    }

    // MARK: Bad input never traps

    @Test func badInputs() {
        let cases: [(String, AddressProblem)] = [
            ("", .empty),
            ("   \t\r\n ", .empty),
            ("1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH\u{0}", .controlCharacter(offset: 34, byte: 0)),
            ("1BgGZ9tcN4rm9KBzDn7K\u{7F}prQz87SZ26SAMH", .controlCharacter(offset: 20, byte: 0x7F)),
            ("1BgGZ9tcN4rm9KBz Dn7KprQz87SZ26SAMH", .innerWhitespace(offset: 16)),
            ("1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMé", .nonASCII(offset: 33)),
            ("0x098B716B8Aaf21512996dC57EB0615e2383E2f9а", .nonASCII(offset: 41)),  // Cyrillic а
            ("\u{FEFF}1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH", .nonASCII(offset: 0)),
            ("🙂", .nonASCII(offset: 0)),
            (String(repeating: "1", count: 10_240), .tooLong(length: 10_240, limit: 256)),
            (String(repeating: "é", count: 5_120), .tooLong(length: 10_240, limit: 256)),
            ("0x", .invalidLength(format: .ethereumHex, length: 2)),
            ("0x098B716B8Aaf21512996dC57EB0615e2383E2f9", .invalidLength(format: .ethereumHex, length: 41)),
            ("0x098B716B8Aaf21512996dC57EB0615e2383E2f9g", .invalidCharacter(offset: 41, character: "g", format: .ethereumHex)),
            ("098b716b8aaf21512996dc57eb0615e2383e2f96", .missingHexPrefix),
            ("0x5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320", .hexHashNotAddress(length: 64)),
            ("hello", .unrecognizedFormat),
            ("1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAM0", .invalidCharacter(offset: 33, character: "0", format: .base58Check)),
            (String(repeating: "1", count: 200), .invalidLength(format: .base58Check, length: 200)),
            (String(repeating: "z", count: 256), .invalidLength(format: .base58Check, length: 188)),
            ("BC1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", .mixedCase(format: .bech32)),
            ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t", .checksumMismatch(format: .bech32)),
            ("bitcoincash:", .checksumTooShort),
            (":", .emptyHumanReadablePart),
        ]
        for (input, expected) in cases {
            let result = AddressValidator.validate(input)
            #expect(!result.isValid, "\(input.prefix(50))")
            #expect(result.problem == expected, "\(input.prefix(50)): \(result.reason ?? "")")
            #expect(result.reason != nil)
            for asset in AssetCode.allCases {
                #expect(!AddressValidator.validate(input, asset: asset).isValid)
            }
        }
    }

    @Test func randomGarbageNeverTraps() {
        var rng = SplitMix64(seed: 99)
        let seeds = Self.examples.map(\.address)
        var valid = 0
        for i in 0..<20_000 {
            let input: String
            switch i % 4 {
            case 0:
                let length = Int.random(in: 0...300, using: &rng)
                input = String(decoding: (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }, as: UTF8.self)
            case 1:
                let length = Int.random(in: 0...120, using: &rng)
                input = String((0..<length).map { _ in Character(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &rng))) })
            case 2:
                let base = seeds[Int.random(in: 0..<seeds.count, using: &rng)]
                input = String(base.prefix(Int.random(in: 0...base.count, using: &rng)))
            default:
                let base = seeds[Int.random(in: 0..<seeds.count, using: &rng)]
                input = base + String(base.prefix(Int.random(in: 1...base.count, using: &rng)))
            }
            let result = AddressValidator.validate(input, asset: AssetCode.allCases.randomElement(using: &rng))
            if result.isValid { valid += 1 }
            #expect(result.isValid == (result.problem == nil))
            _ = AddressValidator.normalize(input)
        }
        // Only truncations that happen to keep a whole Solana key can be valid.
        #expect(valid < 200)
    }

    // MARK: Normalization

    @Test func normalization() {
        let cases: [(String, String)] = [
            ("1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH", "1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH"),
            ("  1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH\n", "1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH"),
            ("0x098B716B8Aaf21512996dC57EB0615e2383E2f96", "0x098b716b8aaf21512996dc57eb0615e2383e2f96"),
            ("0X098B716B8AAF21512996DC57EB0615E2383E2F96", "0x098b716b8aaf21512996dc57eb0615e2383e2f96"),
            ("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),
            ("bitcoincash:qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq", "qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq"),
            ("BITCOINCASH:QPF2CPHC5DKUCLKQUR7LHJ2YUQQ9PK3HMUKLE77VHQ", "qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq"),
            ("QPF2CPHC5DKUCLKQUR7LHJ2YUQQ9PK3HMUKLE77VHQ", "qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq"),
            ("BNB136NS6LFW4ZS5HG4N85VDTHAAD7HQ5M4GTKGF23", "bnb136ns6lfw4zs5hg4n85vdthaad7hq5m4gtkgf23"),
            // Base58 that merely starts like a Bech32 prefix keeps its case.
            ("LTc1PGgnhgC7dYEkw9EKsmjcqSsf5GZmBs", "LTc1PGgnhgC7dYEkw9EKsmjcqSsf5GZmBs"),
            ("42RLPACwZPx3vYYmxSueqsogfynBDqXK298EDsNoyoHi", "42RLPACwZPx3vYYmxSueqsogfynBDqXK298EDsNoyoHi"),
            ("TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq", "TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq"),
            ("", ""),
            ("  ", ""),
        ]
        for (input, expected) in cases {
            #expect(AddressValidator.normalize(input) == expected, "\(input)")
            #expect(AddressValidator.validate(input).normalized == expected)
        }
        #expect(AddressValidator.validate("LTc1PGgnhgC7dYEkw9EKsmjcqSsf5GZmBs", asset: .ltc).isValid)
    }

    @Test func normalizationIsIdempotent() {
        for e in Self.examples {
            let once = AddressValidator.normalize(e.address)
            #expect(AddressValidator.normalize(once) == once)
            #expect(AddressValidator.normalize(e.address.uppercased()) == once || !e.format.isCaseInsensitive)
        }
    }

    @Test func assetCodeParsing() {
        #expect(AssetCode(code: "xbt") == .xbt)
        #expect(AssetCode(code: "BTC") == .xbt)
        #expect(AssetCode(code: "usdt") == .usdt)
        #expect(AssetCode(code: "DOGE") == nil)
        #expect(AssetCode(code: "ЕТН") == nil)
        #expect(AssetCode.usdt.chains.contains(.omni) && AssetCode.usdt.chains.contains(.tron))
        for asset in AssetCode.allCases { #expect(!asset.chains.isEmpty) }
    }
}
