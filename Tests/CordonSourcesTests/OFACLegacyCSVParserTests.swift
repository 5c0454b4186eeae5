import CordonModel
@testable import CordonSources
import Foundation
import Testing

@Suite("OFAC legacy CSV")
struct OFACLegacyCSVParserTests {
    @Test("19 → 23 May 2023: exactly the five DPRK designations are added, nothing else")
    func dprkDesignations() throws {
        let old = try SharedSnapshots.single(FixturePaths.fixture("ofac/legacy-csv/sdn_2023-05-19.csv.gz"))
        let new = try SharedSnapshots.single(FixturePaths.fixture("ofac/legacy-csv/sdn_2023-05-23.csv.gz"))
        #expect(old.entities.count == 12_538)
        #expect(new.entities.count == 12_543)
        let diff = ListDiff(old: old, new: new)
        #expect(diff.added.map(\.id.local) == ["43336", "43337", "43338", "43377", "43379"])
        #expect(diff.removed.isEmpty)
        #expect(diff.changed.isEmpty)
        #expect(diff.added.map(\.caption) == ["PYONGYANG UNIVERSITY OF AUTOMATION", "TECHNICAL RECONNAISSANCE BUREAU",
                                              "110TH RESEARCH CENTER", "KIM, Sang Man",
                                              "CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY"])
    }

    @Test("the full set (sdn + add + alt + comments) gives KIM, Sang Man the same record as the advanced XML")
    func kimSangMan() throws {
        let snapshot = try SharedSnapshots.legacySet20231228.get()
        #expect(snapshot.entities.count == 13_821)
        #expect(snapshot.files.count == 4)
        let entity = snapshot.entity(EntityID("ofac-sdn:43377")!)
        KimSangManExpectations.check(entity)
        #expect(entity?.addresses.compactMap(\.country?.code).sorted() == ["KP", "RU"])
    }

    @Test("LAZARUS GROUP: 8 ETH addresses and every alias, including those in the remark continuation")
    func lazarus() throws {
        let snapshot = try SharedSnapshots.legacySet20231228.get()
        let entity = try #require(snapshot.entity(EntityID("ofac-sdn:27307")!))
        #expect(Set(entity.wallets.map(\.value)) == KimSangManExpectations.lazarusWallets)
        let names = Set(entity.names.map { $0.full.uppercased() })
        for alias in KimSangManExpectations.lazarusAliases {
            #expect(names.contains(alias.uppercased()), "missing alias \(alias)")
        }
        #expect(entity.names.first { $0.full == "APPLEWORM" }?.isWeak == true)
        #expect(entity.addresses.first?.city == "Pyongyang")
    }

    @Test("sdn.csv alone loads; without the comments file the continuation's aliases are absent")
    func mainFileAlone() throws {
        let snapshot = try SharedSnapshots.single(FixturePaths.fixture("ofac/legacy-csv/sdn_2023-12-28.csv.gz"))
        let entity = try #require(snapshot.entity(EntityID("ofac-sdn:27307")!))
        #expect(entity.names.contains { $0.full == "HIDDEN COBRA" })
        #expect(!entity.names.contains { $0.full == "APPLEWORM" })
    }

    @Test("remarks become structured fields: dates with precision, documents, contacts, weak aliases")
    func remarks() {
        var entity = Entity(id: EntityID("ofac-sdn:1")!, schema: .person)
        OFACRemarksParser.apply(
            "DOB circa 1951; alt. DOB 1955 to 1957; DOB Apr 1938; POB Foca, Bosnia-Herzegovina; nationality Iran; citizen Syria; "
            + "Passport A123 (Iran) issued 01 Jan 2010 expires 31 Dec 2020; Tax ID No. 7744001497 (Russia); Email Address x@example.com; "
            + "Website www.example.com; a.k.a. 'BIG BOSS'; f.k.a. OLD NAME; Digital Currency Address - TRX TXabc; Linked To: SOMEONE.",
            to: &entity)
        #expect(entity.birthDates == [BirthDate(PartialDate(year: 1951), isApproximate: true),
                                      BirthDate(PartialDate(year: 1955), to: PartialDate(year: 1957)),
                                      BirthDate(PartialDate(year: 1938, month: 4))])
        #expect(entity.birthPlaces == ["Foca, Bosnia-Herzegovina"])
        #expect(entity.nationalities.map(\.code) == ["IR"])
        #expect(entity.citizenships.map(\.code) == ["SY"])
        let passport = entity.identifiers.first { $0.kind == .passport }
        #expect(passport?.value == "A123")
        #expect(passport?.expires == PartialDate(year: 2020, month: 12, day: 31))
        #expect(entity.identifiers.contains { $0.kind == .taxNumber && $0.value == "7744001497" && $0.country?.code == "RU" })
        #expect(entity.identifiers.contains { $0.kind == .email && $0.value == "x@example.com" })
        #expect(entity.identifiers.contains { $0.kind == .website })
        #expect(entity.identifiers.contains { $0.kind == .cryptoWallet && $0.asset == "TRX" && $0.value == "TXabc" })
        #expect(entity.names.contains { $0.full == "BIG BOSS" && $0.isWeak && $0.kind == .aka })
        #expect(entity.names.contains { $0.full == "OLD NAME" && !$0.isWeak && $0.kind == .fka })
        #expect(entity.remarks == ["Linked To: SOMEONE"])
    }

    @Test("the consolidated (non-SDN) set has its 442 entities under ofac-cons ids")
    func consolidated() throws {
        let names = ["cons_prim", "cons_add", "cons_alt", "cons_comments"].map { FixturePaths.bundled("\($0)_2025-12-19.csv.gz") }
        let snapshots = try ListLoader.load(paths: names)
        #expect(snapshots.count == 1)
        let snapshot = try #require(snapshots.first)
        #expect(snapshot.source == .ofacConsolidated)
        #expect(snapshot.format == .ofacConsolidatedCSV)
        #expect(snapshot.entities.count == 442)
        #expect(snapshot.entities.allSatisfy { $0.id.source == "ofac-cons" })
        #expect(snapshot.warnings.isEmpty)
    }
}
