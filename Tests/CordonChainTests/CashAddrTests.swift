import Testing
@testable import CordonChain

/// Vectors from the CashAddr specification (bitcoincash.org spec/cashaddr.md).
@Suite struct CashAddrTests {
    static let checksumVectors = [
        "prefix:x64nx6hz",
        "p:gpf8m4h7",
        "bitcoincash:qpzry9x8gf2tvdw0s3jn54khce6mua7lcw20ayyn",
        "bchtest:testnetaddress4d6njnut",
        "bchreg:555555555555555555555555555555555555555555555udxmlmrz",
    ]

    @Test(arguments: checksumVectors)
    func checksumVectorsVerify(_ s: String) {
        #expect(CashAddr.hasValidChecksum(s))
    }

    static let translations: [(legacy: String, cash: String)] = [
        ("1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu", "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"),
        ("1KXrWXciRDZUpQwQmuM1DbwsKDLYAYsVLR", "bitcoincash:qr95sy3j9xwd2ap32xkykttr4cvcu7as4y0qverfuy"),
        ("16w1D5WRVKJuZUsSRzdLp9w3YGcgoxDXb", "bitcoincash:qqq3728yw0y47sqn6l2na30mcw6zm78dzqre909m2r"),
        ("3CWFddi6m4ndiGyKqzYvsFYagqDLPVMTzC", "bitcoincash:ppm2qsznhks23z7629mms6s4cwef74vcwvn0h829pq"),
        ("3LDsS579y7sruadqu11beEJoTjdFiFCdX4", "bitcoincash:pr95sy3j9xwd2ap32xkykttr4cvcu7as4yc93ky28e"),
        ("31nwvkZwyPdgzjBJZXfDmSWsC4ZLKpYyUw", "bitcoincash:pqq3728yw0y47sqn6l2na30mcw6zm78dzq5ucqzc37"),
    ]

    @Test(arguments: translations.indices)
    func legacyTranslation(index: Int) throws {
        let (legacy, cash) = Self.translations[index]
        let decoded = try CashAddr.decode(cash)
        let legacyPayload = try #require(CashAddr.legacyPayload(of: decoded))
        #expect(Base58Check.encode(legacyPayload) == legacy)
        #expect(try Base58Check.decode(legacy) == legacyPayload)
        // Both spellings validate as BCH; the bare CashAddr normalizes like the prefixed one.
        let bare = String(cash.dropFirst("bitcoincash:".count))
        for form in [legacy, cash, bare, cash.uppercased(), bare.uppercased()] {
            let result = AddressValidator.validate(form, asset: .bch)
            #expect(result.isValid, "\(form): \(result.reason ?? "")")
        }
        #expect(AddressValidator.normalize(cash) == bare)
        #expect(AddressValidator.normalize(cash.uppercased()) == bare)
        #expect(AddressValidator.normalize(bare.uppercased()) == bare)
        #expect(AddressValidator.normalize(bare) == bare)
    }

    static let larger: [(size: Int, type: Int, address: String, hex: String)] = [
        (20, 0, "bitcoincash:qr6m7j9njldwwzlg9v7v53unlr4jkmx6eylep8ekg2", "F5BF48B397DAE70BE82B3CCA4793F8EB2B6CDAC9"),
        (20, 1, "bchtest:pr6m7j9njldwwzlg9v7v53unlr4jkmx6eyvwc0uz5t", "F5BF48B397DAE70BE82B3CCA4793F8EB2B6CDAC9"),
        (20, 1, "pref:pr6m7j9njldwwzlg9v7v53unlr4jkmx6ey65nvtks5", "F5BF48B397DAE70BE82B3CCA4793F8EB2B6CDAC9"),
        (24, 0, "bitcoincash:q9adhakpwzztepkpwp5z0dq62m6u5v5xtyj7j3h2ws4mr9g0",
         "7ADBF6C17084BC86C1706827B41A56F5CA32865925E946EA"),
        (28, 1, "pref:pgagf7w02x4wnz3mkwnchut2vxphjzccwxgjvvjmlsxqwkcrsr6gzkn",
         "3A84F9CF51AAE98A3BB3A78BF16A6183790B18719126325BFC0C075B"),
        (32, 0, "bitcoincash:qvch8mmxy0rtfrlarg7ucrxxfzds5pamg73h7370aa87d80gyhqxq5nlegake",
         "3173EF6623C6B48FFD1A3DCC0CC6489B0A07BB47A37F47CFEF4FE69DE825C060"),
        (32, 1, "bchtest:pvch8mmxy0rtfrlarg7ucrxxfzds5pamg73h7370aa87d80gyhqxq7fqng6m6",
         "3173EF6623C6B48FFD1A3DCC0CC6489B0A07BB47A37F47CFEF4FE69DE825C060"),
        (40, 0, "bitcoincash:qnq8zwpj8cq05n7pytfmskuk9r4gzzel8qtsvwz79zdskftrzxtar994cgutavfklv39gr3uvz",
         "C07138323E00FA4FC122D3B85B9628EA810B3F381706385E289B0B25631197D194B5C238BEB136FB"),
        (64, 1, "pref:plg0x333p4238k0qrc5ej7rzfw5g8e4a4r6vvzyrcy8j3s5k0en7calvclhw46hudk5flttj6ydvjc0pv3nchp52amk97tqa5zygg96mg7pj3lh8",
         "D0F346310D5513D9E01E299978624BA883E6BDA8F4C60883C10F28C2967E67EC77ECC7EEEAEAFC6DA89FAD72D11AC961E164678B868AEEEC5F2C1DA08884175B"),
    ]

    @Test(arguments: larger.indices)
    func largerVectors(index: Int) throws {
        let v = Self.larger[index]
        let decoded = try CashAddr.decode(v.address)
        #expect(decoded.type == v.type)
        #expect(decoded.declaredHashBits == v.size * 8)
        #expect(Hex.encode(decoded.hash) == v.hex.lowercased())
        #expect(CashAddr.encode(prefix: decoded.prefix, payload: decoded.payload) == v.address)
    }

    @Test func undefinedTypesDecodeGenerically() throws {
        let empty = try CashAddr.decode("prefix:0qxsg0rgpa")
        #expect(empty.prefix == "prefix" && empty.type == 15 && empty.hash.isEmpty)
        let typed = try CashAddr.decode(
            "prefix:0zeuqqwwk0xjclsv4lzljpye09m74gv4darmzluu6g4yxxk5eja92nup8dp7p")
        #expect(Hex.encode(typed.hash) == "b3c001ceb3cd2c7e0cafc5f904997977eaa1956f47b17f9cd22a431ad4ccba55")
    }

    @Test func caseAndPrefixRules() {
        #expect(throws: AddressProblem.mixedCase(format: .cashAddr)) {
            try CashAddr.decode("bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6A")
        }
        #expect(throws: AddressProblem.checksumMismatch(format: .cashAddr)) {
            try CashAddr.decode("bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6q")
        }
        // The checksum covers the prefix: the same payload under another prefix fails.
        #expect(throws: AddressProblem.checksumMismatch(format: .cashAddr)) {
            try CashAddr.decode("bchtest:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a")
        }
        let testnet = AddressValidator.validate("bchtest:pr6m7j9njldwwzlg9v7v53unlr4jkmx6eyvwc0uz5t")
        #expect(!testnet.isValid && testnet.problem == .unknownHumanReadablePart("bchtest"))
        // A 192-bit hash is well-formed CashAddr but no standard address.
        #expect(!AddressValidator.validate("bitcoincash:q9adhakpwzztepkpwp5z0dq62m6u5v5xtyj7j3h2ws4mr9g0").isValid)
        #expect(AddressValidator.validate("bitcoincash:qvch8mmxy0rtfrlarg7ucrxxfzds5pamg73h7370aa87d80gyhqxq5nlegake").isValid)
    }
}
