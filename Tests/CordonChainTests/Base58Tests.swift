import CordonMatch
import Testing
@testable import CordonChain

@Suite struct Base58Tests {
    /// Bitcoin Core's base58_encode_decode.json vectors.
    static let coreVectors: [(hex: String, base58: String)] = [
        ("", ""),
        ("61", "2g"),
        ("626262", "a3gV"),
        ("636363", "aPEr"),
        ("73696d706c792061206c6f6e6720737472696e67", "2cFupjhnEsSn59qHXstmK2ffpLv2"),
        ("00eb15231dfceb60925886b67d065299925915aeb172c06647", "1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L"),
        ("516b6fcd0f", "ABnLTmg"),
        ("bf4f89001e670274dd", "3SEo3LWLoPntC"),
        ("572e4794", "3EFU7m"),
        ("ecac89cad93923c02321", "EJDM8drfXA6uyA"),
        ("10c8511e", "Rt5zm"),
        ("00000000000000000000", "1111111111"),
    ]

    @Test(arguments: coreVectors.indices)
    func bitcoinCoreVectors(index: Int) throws {
        let (hex, text) = Self.coreVectors[index]
        let bytes = try #require(Hex.decode(hex))
        #expect(Base58.encode(bytes) == text)
        #expect(try Base58.decode(text) == bytes)
    }

    @Test func rejectsCharactersOutsideAlphabet() {
        #expect(throws: AddressProblem.invalidCharacter(offset: 2, character: "0", format: .base58)) {
            try Base58.decode("ab0c")
        }
        #expect(throws: AddressProblem.nonASCII(offset: 1)) { try Base58.decode("aé") }
    }

    /// bitcoinjs-lib's base58check fixtures (version byte plus payload).
    @Test func base58CheckVectors() throws {
        #expect(Hex.encode(try Base58Check.decode("1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH"))
            == "00751e76e8199196d454941c45d1b3a323f1433bd6")
        #expect(Hex.encode(try Base58Check.decode("1An8RkWzqVF9GvpQFVX5AM4jpFe43eoPfe"))
            == "006b420cc35afb4d96ea118dbf1fc8ef4b0990798c")
        #expect(Hex.encode(try Base58Check.decode("KwDiBf89QgGbjEhKnhXJuH7LrciVrZi3qYjgd9M7rFU73sVHnoWn"))
            == "80000000000000000000000000000000000000000000000000000000000000000101")
        let payload = try #require(Hex.decode("00751e76e8199196d454941c45d1b3a323f1433bd6"))
        #expect(Base58Check.encode(payload) == "1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH")
        #expect(throws: AddressProblem.checksumMismatch(format: .base58Check)) {
            try Base58Check.decode("1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMJ")
        }
    }

    @Test func rippleAlphabet() throws {
        // The genesis account; Ripple's alphabet maps version 0 to 'r'.
        let bytes = try Base58Check.decode("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh", alphabet: .ripple)
        #expect(bytes.count == 21 && bytes[0] == 0)
        #expect(Base58Check.encode(bytes, alphabet: .ripple) == "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh")
        #expect(throws: AddressProblem.checksumMismatch(format: .rippleBase58Check)) {
            try Base58Check.decode("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTi", alphabet: .ripple)
        }
    }

    @Test func moneroBlockwiseRoundTrip() throws {
        var rng = SplitMix64(seed: 7)
        for length in 0...80 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let text = MoneroBase58.encode(bytes)
            #expect(text.utf8.count == length / 8 * 11 + MoneroBase58.encodedBlockSizes[length % 8])
            #expect(try MoneroBase58.decode(text) == bytes)
        }
    }

    @Test func moneroRejectsOverflowAndBadLength() {
        // 11 'z' exceed 2^64; a final block width of 1, 4 or 8 is impossible.
        #expect(throws: (any Error).self) { try MoneroBase58.decode("zzzzzzzzzzz") }
        #expect(throws: AddressProblem.invalidLength(format: .moneroBase58, length: 4)) {
            try MoneroBase58.decode("1111")
        }
        // Two chars for one byte: "zz" = 58*57+57 = 3363 > 255.
        #expect(throws: (any Error).self) { try MoneroBase58.decode("zz") }
    }
}
