import CordonModel
import CordonSources
import Foundation
import Testing

@Suite("OFAC advanced XML")
struct OFACAdvancedXMLParserTests {
    @Test("the 2025-11-19 SDN list has all 18,367 parties, its date and its content hash")
    func countsAndVersion() throws {
        let snapshot = try SharedSnapshots.sdnAdvanced20251119.get()
        #expect(snapshot.entities.count == 18_367)
        #expect(snapshot.source == .ofacSDN)
        #expect(snapshot.format == .ofacAdvancedXML)
        #expect(snapshot.publishedOn == PartialDate(year: 2025, month: 11, day: 19))
        #expect(snapshot.sha256 == "36c517bd264d8d97eff353eadd8d84427d5eb293505a8ce07271a5bc258c3117")
        #expect(snapshot.warnings.isEmpty)
        let counts = snapshot.countsBySchema
        #expect(counts[.person, default: 0] > 7_000)
        #expect(counts[.vessel, default: 0] > 1_000)
        #expect(counts[.aircraft, default: 0] > 300)
    }

    @Test("KIM, Sang Man: alias, birth date, place of birth, three passports, four assets of wallets")
    func kimSangMan() throws {
        let snapshot = try SharedSnapshots.sdnAdvanced20251119.get()
        let entity = snapshot.entity(EntityID("ofac-sdn:43377")!)
        KimSangManExpectations.check(entity)
        #expect(entity?.names.contains { $0.full == "김 상만" && $0.script == "Kore" } == true)
        #expect(entity?.listedOn == PartialDate(year: 2023, month: 5, day: 23))
    }

    @Test("LAZARUS GROUP: its 8 ETH addresses and every weak alias")
    func lazarus() throws {
        let snapshot = try SharedSnapshots.sdnAdvanced20251119.get()
        let entity = try #require(snapshot.entity(EntityID("ofac-sdn:27307")!))
        #expect(entity.caption == "Lazarus Group")
        #expect(Set(entity.wallets.map(\.value)) == KimSangManExpectations.lazarusWallets)
        #expect(entity.wallets.allSatisfy { $0.asset == "ETH" })
        for alias in KimSangManExpectations.lazarusAliases {
            #expect(entity.names.contains { $0.full == alias && $0.isWeak }, "missing weak alias \(alias)")
        }
        #expect(entity.programs == ["DPRK3"])
    }

    @Test("structured fields: relations, vessels, year-only and range birth dates, original scripts")
    func structuredFields() throws {
        let snapshot = try SharedSnapshots.sdnAdvanced20251119.get()
        let related = snapshot.entities.filter { !$0.relations.isEmpty }
        #expect(related.count > 1_000)
        #expect(related.allSatisfy { $0.relations.allSatisfy { $0.target.source == "ofac-sdn" } })
        let persons = snapshot.entities.filter { $0.schema == .person }
        #expect(persons.contains { $0.birthDates.contains { $0.from.precision == .year && !$0.isRange } })
        #expect(persons.contains { $0.birthDates.contains { $0.isRange } })
        #expect(persons.contains { $0.birthDates.contains { $0.isApproximate } })
        #expect(snapshot.entities.contains { $0.names.contains { $0.script == "Cyrl" } })
        #expect(snapshot.entities.contains { $0.names.contains { $0.script == "Arab" } })
        let vessel = try #require(snapshot.entities.first { $0.schema == .vessel && $0.identifiers.contains { $0.kind == .imoNumber } })
        #expect(vessel.properties.contains { $0.label.lowercased().contains("vessel") })
    }

    @Test("2025-03-04 → 2025-03-21: TORNADO CASH removed, 67 parties added")
    func tornadoCashDelisting() throws {
        let old = try SharedSnapshots.single(FixturePaths.fixture("ofac/advanced/sdn_advanced_2025-03-04.xml.bz2"))
        let new = try SharedSnapshots.single(FixturePaths.fixture("ofac/advanced/sdn_advanced_2025-03-21.xml.bz2"))
        let diff = ListDiff(old: old, new: new)
        #expect(diff.removed.map(\.id.description) == ["ofac-sdn:39796"])
        #expect(diff.removed.first?.caption == "TORNADO CASH")
        #expect(diff.removed.first?.wallets.count == 90)
        #expect(diff.added.count == 67)
        #expect(old.publishedOn == PartialDate(year: 2025, month: 3, day: 4))
        #expect(new.publishedOn == PartialDate(year: 2025, month: 3, day: 21))
    }
}
