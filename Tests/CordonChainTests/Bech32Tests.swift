import Testing
@testable import CordonChain

/// Vectors from BIP-173 and BIP-350, verbatim.
@Suite struct Bech32Tests {
    static let validBech32 = [
        "A12UEL5L",
        "a12uel5l",
        "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
        "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
        "11" + String(repeating: "q", count: 82) + "c8247j",
        "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
        "?1ezyfcl",
    ]
    static let validBech32m = [
        "A1LQFN3A",
        "a1lqfn3a",
        "an83characterlonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11sg7hg6",
        "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx",
        "11llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllludsr8",
        "split1checkupstagehandshakeupstreamerranterredcaperredlc445v",
        "?1v759aa",
    ]
    static let invalidBech32 = [
        "\u{20}1nwldj5", "\u{7F}1axkwrx", "\u{80}1eym55h",
        "an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx",
        "pzry9x0s0muk", "1pzry9x0s0muk", "x1b4n0q5v", "li1dgmt3", "de1lg7wt\u{FF}",
        "A1G7SGD8", "10a06t8", "1qzzfhee",
    ]
    static let invalidBech32m = [
        "\u{20}1xj0phk", "\u{7F}1g6xzxy", "\u{80}1vctc34",
        "an84characterslonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11d6pts4",
        "qyrz8wqd2c9m", "1qyrz8wqd2c9m", "y1b0jsk6g", "lt1igcx5c0", "in1muywd", "mm1crxm3i", "au1s5cgom",
        "M1VUXWEZ", "16plkw9", "1p2gdwpf",
    ]

    @Test(arguments: validBech32)
    func validBech32Strings(_ s: String) throws {
        #expect(try Bech32.decode(s).variant == .bech32)
    }

    @Test(arguments: validBech32m)
    func validBech32mStrings(_ s: String) throws {
        #expect(try Bech32.decode(s).variant == .bech32m)
    }

    @Test(arguments: invalidBech32 + invalidBech32m)
    func invalidStrings(_ s: String) {
        #expect(throws: AddressProblem.self) { try Bech32.decode(s) }
    }

    @Test func specificReasons() {
        #expect(throws: AddressProblem.missingSeparator) { try Bech32.decode("pzry9x0s0muk") }
        #expect(throws: AddressProblem.emptyHumanReadablePart) { try Bech32.decode("1pzry9x0s0muk") }
        #expect(throws: AddressProblem.checksumTooShort) { try Bech32.decode("li1dgmt3") }
        #expect(throws: AddressProblem.checksumMismatch(format: .bech32)) { try Bech32.decode("A1G7SGD8") }
    }

    /// BIP-350 valid segwit addresses with their scriptPubKey.
    static let validSegwit: [(String, String)] = [
        ("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "0014751e76e8199196d454941c45d1b3a323f1433bd6"),
        ("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
         "00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262"),
        ("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
         "5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6"),
        ("BC1SW50QGDZ25J", "6002751e"),
        ("bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", "5210751e76e8199196d454941c45d1b3a323"),
        ("tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy",
         "0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433"),
        ("tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c",
         "5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433"),
        ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
         "512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"),
    ]

    @Test(arguments: validSegwit.indices)
    func validSegwitAddresses(index: Int) throws {
        let (address, script) = Self.validSegwit[index]
        let segwit = try Bech32.decodeSegwit(address)
        let opcode = segwit.version == 0 ? 0 : 0x50 + segwit.version
        let scriptPubKey = [UInt8(opcode), UInt8(segwit.program.count)] + segwit.program
        #expect(Hex.encode(scriptPubKey) == script)
        let reencoded = Bech32.encodeSegwit(hrp: segwit.hrp, version: segwit.version, program: segwit.program)
        #expect(reencoded == address.lowercased())
    }

    /// BIP-350 invalid segwit addresses (BIP-173's v1+ Bech32 examples are now
    /// invalid too), each with the reason the BIP gives.
    static let invalidSegwit: [(String, AddressProblem)] = [
        ("tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut", .unknownHumanReadablePart("tc")),
        ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",
         .wrongChecksumVariant(expected: .bech32m, found: .bech32)),
        ("tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf",
         .wrongChecksumVariant(expected: .bech32m, found: .bech32)),
        ("BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL",
         .wrongChecksumVariant(expected: .bech32m, found: .bech32)),
        ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh", .wrongChecksumVariant(expected: .bech32, found: .bech32m)),
        ("tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47",
         .wrongChecksumVariant(expected: .bech32, found: .bech32m)),
        ("bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4",
         .invalidCharacter(offset: 59, character: "o", format: .bech32)),
        ("BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R", .invalidWitnessVersion(17)),
        ("bc1pw5dgrnzv", .invalidWitnessProgramLength(version: 1, length: 1)),
        ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav",
         .invalidWitnessProgramLength(version: 1, length: 41)),
        ("BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P", .invalidWitnessProgramLength(version: 0, length: 16)),
        ("tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq", .mixedCase(format: .bech32)),
        ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf", .invalidPadding(format: .bech32m)),
        ("tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j", .invalidPadding(format: .bech32m)),
        ("bc1gmk9yu", .emptyData(format: .bech32)),
        // BIP-173 originals.
        ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", .checksumMismatch(format: .bech32)),
        ("bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du", .invalidPadding(format: .bech32)),
        ("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3pjxtptv", .invalidPadding(format: .bech32)),
        ("bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90",
         .invalidWitnessProgramLength(version: 15, length: 41)),
        ("bc1rw5uspcuh", .invalidWitnessProgramLength(version: 3, length: 1)),
    ]

    @Test(arguments: invalidSegwit.indices)
    func invalidSegwitAddresses(index: Int) {
        let (address, reason) = Self.invalidSegwit[index]
        let hrp: String? = address.lowercased().hasPrefix("tc") ? "bc" : nil
        #expect(throws: reason) { try Bech32.decodeSegwit(address, hrp: hrp) }
        if !address.lowercased().hasPrefix("tb") {
            #expect(!AddressValidator.validate(address).isValid)
        }
    }

    @Test func convertBitsRoundTrip() throws {
        let bytes: [UInt8] = [0x00, 0xFF, 0x10, 0x80, 0x7F]
        let five = try #require(Bech32.convertBits(bytes, from: 8, to: 5, pad: true))
        #expect(Bech32.convertBits(five, from: 5, to: 8, pad: false) == bytes)
        #expect(Bech32.convertBits([32], from: 5, to: 8, pad: false) == nil)
    }
}
