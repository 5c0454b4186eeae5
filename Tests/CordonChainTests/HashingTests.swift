import Testing
@testable import CordonChain

@Suite struct HashingTests {
    private func sha256(_ s: String) -> String { Hex.encode(SHA256.hash(Array(s.utf8))) }
    private func keccak(_ s: String) -> String { Hex.encode(Keccak256.hash(Array(s.utf8))) }

    @Test func sha256FIPSVectors() {
        #expect(sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func sha256PaddingBoundaries() {
        // 55/56/64 bytes straddle the one-or-two-final-blocks boundary.
        #expect(sha256(String(repeating: "a", count: 55)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(sha256(String(repeating: "a", count: 56)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(sha256(String(repeating: "a", count: 64)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
        #expect(sha256(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func doubleHashPrefixMatchesTwoHashes() {
        let data = Array("hello".utf8)
        let twice = SHA256.hash(SHA256.hash(data))
        let prefix = data.withUnsafeBufferPointer { SHA256.doubleHashPrefix($0) }
        #expect(prefix == UInt32(twice[0]) << 24 | UInt32(twice[1]) << 16 | UInt32(twice[2]) << 8 | UInt32(twice[3]))
    }

    @Test func keccak256PublishedVectors() {
        #expect(keccak("") == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
        #expect(keccak("abc") == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")
        #expect(keccak("The quick brown fox jumps over the lazy dog")
            == "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15")
    }

    @Test func keccakIsNotSHA3() {
        // Same permutation, different padding: SHA3-256("") differs from Keccak-256("").
        #expect(Hex.encode(Keccak256.sha3([])) == "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a")
        #expect(Hex.encode(Keccak256.sha3(Array("abc".utf8))) == "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532")
        #expect(keccak("") != Hex.encode(Keccak256.sha3([])))
    }

    @Test func spongeMultiBlockAgainstNIST() {
        // FIPS 202 example: 1600 bits of 0xA3 span two 136-byte blocks.
        #expect(Hex.encode(Keccak256.sha3([UInt8](repeating: 0xA3, count: 200)))
            == "79f38adec5c20307a98ef76e8324afbfd46cfd81b22e3973c65fa1bd9de31787")
        // Rate boundary: 135, 136 and 137 bytes.
        #expect(Hex.encode(Keccak256.sha3([UInt8](repeating: 0x61, count: 135)))
            == "8094bb53c44cfb1e67b7c30447f9a1c33696d2463ecc1d9c92538913392843c9")
        #expect(Hex.encode(Keccak256.sha3([UInt8](repeating: 0x61, count: 136)))
            == "3fc5559f14db8e453a0a3091edbd2bc25e11528d81c66fa570a4efdcc2695ee1")
        #expect(Hex.encode(Keccak256.sha3([UInt8](repeating: 0x61, count: 137)))
            == "f8d6846cedd2ccfadf15c5879ef95af724d799eed7391fb1c91f95344e738614")
    }
}
