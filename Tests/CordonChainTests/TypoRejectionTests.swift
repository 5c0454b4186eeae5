import CordonMatch
import Foundation
import Testing
@testable import CordonChain

/// A one-character change to a checksummed address must be rejected. Each case
/// mutates 2,000 random positions of sample addresses to another character of
/// the format's own alphabet (the typos a person or OCR makes).
@Suite struct TypoRejectionTests {
    static let base58Alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
    static let bech32Alphabet = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l")
    static let hexAlphabet = Array("0123456789abcdefABCDEF")

    struct Corpus {
        let name: String
        let asset: AssetCode
        let addresses: [String]
        let alphabet: [Character]
        /// Characters before this offset are a fixed prefix (e.g. "0x").
        let skip: Int
    }

    static func corpora() throws -> [Corpus] {
        let btc = try Fixtures.gzipLines("address-samples/btc_addresses.txt.gz")
        let ltc = try Fixtures.gzipLines("address-samples/ltc_addresses.txt.gz")
        let zec = try Fixtures.gzipLines("address-samples/zec_addresses.txt.gz")
        let bch = try Fixtures.gzipLines("address-samples/bch_addresses.txt.gz")
        let ofac = try Fixtures.ofacRows(OFACListTests.file)
        let tornado = try Fixtures.ofacRows("tornado_cash_delisted_2025-03-21.csv")
        let cashAddrs = bch.prefix(2_000).compactMap { legacy -> String? in
            guard let payload = try? Base58Check.decode(legacy), payload.count == 21 else { return nil }
            let version: UInt8 = payload[0] == 0 ? 0x00 : 0x08
            return String(CashAddr.encode(prefix: "bitcoincash", payload: [version] + payload.dropFirst())
                .dropFirst("bitcoincash:".count))
        }
        let evm = (ofac.filter { $0.address.hasPrefix("0x") } + tornado)
            .compactMap { EIP55.checksummed($0.address) }
            .filter { EIP55.verify($0) == .valid }
        return [
            Corpus(name: "Base58Check BTC", asset: .xbt, addresses: btc.filter { !$0.hasPrefix("bc1") },
                   alphabet: base58Alphabet, skip: 0),
            Corpus(name: "Base58Check LTC", asset: .ltc, addresses: ltc.filter { !$0.hasPrefix("ltc1") },
                   alphabet: base58Alphabet, skip: 0),
            Corpus(name: "Base58Check ZEC", asset: .zec, addresses: zec, alphabet: base58Alphabet, skip: 0),
            Corpus(name: "Base58Check TRX", asset: .trx,
                   addresses: ofac.filter { $0.asset == "TRX" }.map(\.address), alphabet: base58Alphabet, skip: 0),
            Corpus(name: "Bech32 (segwit v0)", asset: .xbt, addresses: btc.filter { $0.hasPrefix("bc1q") },
                   alphabet: bech32Alphabet, skip: 3),
            Corpus(name: "Bech32m (segwit v1)", asset: .xbt, addresses: btc.filter { $0.hasPrefix("bc1p") },
                   alphabet: bech32Alphabet, skip: 3),
            Corpus(name: "Bech32 LTC", asset: .ltc, addresses: ltc.filter { $0.hasPrefix("ltc1") },
                   alphabet: bech32Alphabet, skip: 4),
            Corpus(name: "CashAddr", asset: .bch, addresses: cashAddrs, alphabet: bech32Alphabet, skip: 1),
            Corpus(name: "EIP-55", asset: .eth, addresses: evm, alphabet: hexAlphabet, skip: 2),
            Corpus(name: "Monero", asset: .xmr,
                   addresses: ofac.filter { $0.asset == "XMR" && $0.address.count == 95 }.map(\.address),
                   alphabet: base58Alphabet, skip: 1),
            Corpus(name: "Ripple", asset: .xrp, addresses: ofac.filter { $0.asset == "XRP" }.map(\.address),
                   alphabet: base58Alphabet, skip: 1),
        ]
    }

    @Test func oneCharacterChangesAreRejected() throws {
        var rng = SplitMix64(seed: 0xC0DE_5EED)
        var report: [String] = []
        for corpus in try Self.corpora() {
            try #require(!corpus.addresses.isEmpty, "\(corpus.name) has no samples")
            let trials = 2_000
            var rejected = 0
            for _ in 0..<trials {
                let original = corpus.addresses[Int.random(in: 0..<corpus.addresses.count, using: &rng)]
                var chars = Array(original)
                let position = Int.random(in: corpus.skip..<chars.count, using: &rng)
                var replacement = chars[position]
                while replacement == chars[position] {
                    replacement = corpus.alphabet[Int.random(in: 0..<corpus.alphabet.count, using: &rng)]
                }
                chars[position] = replacement
                if !AddressValidator.validate(String(chars), asset: corpus.asset).isValid { rejected += 1 }
            }
            let share = Double(rejected) / Double(trials)
            report.append(String(format: "%@: %.2f%% (%d/%d)", corpus.name, share * 100, rejected, trials))
            #expect(share >= 0.99, "\(corpus.name): \(share)")
        }
        print("Typo rejection shares:\n  " + report.joined(separator: "\n  "))
    }
}
