import Foundation
import Testing
@testable import CordonChain

@Suite struct EIP55Tests {
    /// The EIP-55 specification's examples.
    static let specVectors = [
        "0x52908400098527886E0F7030069857D2E4169EE7",
        "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
        "0xde709f2102306220921060314715629080e2fb77",
        "0x27b1fdb04752bbc536007a920d24acb045561c26",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
    ]

    @Test(arguments: specVectors)
    func checksumsFromSpecification(_ address: String) {
        #expect(EIP55.checksummed(address.lowercased()) == address)
        #expect(EIP55.checksummed(address.uppercased().replacingOccurrences(of: "0X", with: "0x")) == address)
        let verdict = EIP55.verify(address)
        #expect(verdict == .valid || verdict == .noChecksum)
    }

    @Test func mixedCaseVectorsVerify() {
        #expect(EIP55.verify("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed") == .valid)
        #expect(EIP55.verify("0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
            == .mismatch(expected: "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"))
        #expect(EIP55.verify("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == .noChecksum)
        #expect(EIP55.verify("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe") == nil)
        #expect(EIP55.verify("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg") == nil)
    }

    static let ronin = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"

    @Test func roninExploiterInEveryCase() {
        let lower = Self.ronin.lowercased()
        let upper = "0x" + Self.ronin.dropFirst(2).uppercased()
        for (form, status) in [(Self.ronin, ChecksumStatus.verified), (lower, .notPresent), (upper, .notPresent)] {
            let result = AddressValidator.validate(form, asset: .eth)
            #expect(result.isValid, "\(form)")
            #expect(result.checksum == status)
            #expect(result.normalized == lower)
            #expect(result.formats == [.ethereumHex])
        }
    }

    @Test func roninWrongChecksumIsLikelyTypo() {
        // Flip the case of one letter: same bytes, broken checksum.
        let typo = "0x098b716B8Aaf21512996dC57EB0615e2383E2f96"
        let result = AddressValidator.validate(typo, asset: .eth)
        #expect(!result.isValid)
        #expect(result.isLikelyTypo)
        #expect(result.checksum == .mismatch)
        #expect(result.problem == .eip55ChecksumMismatch(expected: Self.ronin))
        #expect(result.normalized == Self.ronin.lowercased())
        #expect(result.candidateAssets.contains(.eth))
    }
}
