import CordonChain
import CordonModel
import Testing

/// The Ronin bridge exploiter address (Lazarus Group, ~$620M, 2022) in every
/// spelling a user might paste, including a mistyped checksum.
@Suite struct AddressBookRoninTests {
    static let ronin = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"
    static let lazarus = EntityID(source: "ofac-sdn", local: "27307")

    static func expectLazarus(_ screening: AddressScreening, _ comment: Comment) {
        #expect(screening.isSanctioned, comment)
        let match = screening.matches.first { $0.entityID == lazarus }
        #expect(match?.caption.uppercased() == "LAZARUS GROUP", comment)
        #expect(match?.programs.contains("DPRK3") == true, comment)
        #expect(match?.asset == "ETH" && match?.listedAs == ronin, comment)
    }

    @Test(arguments: [
        ronin,
        ronin.lowercased(),
        "0x" + ronin.dropFirst(2).uppercased(),
        "0X" + ronin.dropFirst(2).uppercased(),
        "  \(ronin)\t",
    ])
    func everyCaseFindsLazarus(spelling: String) throws {
        let book = AddressBook(try AddressBookFixtures.sdn20251119.get())
        for asset in [nil, AssetCode.eth] {
            let screening = book.screen(spelling, asset: asset)
            #expect(screening.isValid, "\(spelling): \(screening.reason ?? "")")
            #expect(!screening.isLikelyTypo)
            #expect(screening.normalized == Self.ronin.lowercased())
            Self.expectLazarus(screening, "\(spelling)")
        }
        #expect(book.screen(Self.ronin).checksum == .verified)
    }

    @Test func wrongChecksumIsLikelyTypoAndStillMatches() throws {
        let book = AddressBook(try AddressBookFixtures.sdn20251119.get())
        // Flip the case of single letters: each spelling names the same bytes
        // with a checksum that no longer holds.
        var variants: [String] = []
        for (offset, character) in Self.ronin.enumerated() where offset >= 2 && character.isLetter {
            var characters = Array(Self.ronin)
            characters[offset] = Character(character.isUppercase ? character.lowercased() : character.uppercased())
            variants.append(String(characters))
        }
        #expect(variants.count > 10)
        for variant in variants {
            let screening = book.screen(variant, asset: .eth)
            #expect(screening.isLikelyTypo, "\(variant)")
            #expect(screening.checksum == .mismatch)
            #expect(!screening.isValid)
            #expect(screening.problem == .eip55ChecksumMismatch(expected: Self.ronin))
            #expect(screening.reason?.contains("EIP-55") == true)
            Self.expectLazarus(screening, "\(variant)")
        }
    }

    @Test func aDifferentDigitIsNoMatch() throws {
        let book = AddressBook(try AddressBookFixtures.sdn20251119.get())
        let other = "0x098B716B8Aaf21512996dC57EB0615e2383E2f97"
        let screening = book.screen(other, asset: .eth)
        #expect(!screening.isSanctioned)
        #expect(screening.matches.isEmpty)
    }
}
