import CordonModel
import CordonSources
import Testing

@Suite("UN consolidated XML")
struct UNConsolidatedXMLParserTests {
    @Test("730 individuals and 273 entities, dated 2026-02-27, ids by reference number")
    func counts() throws {
        let snapshot = try SharedSnapshots.single(FixturePaths.bundled("UN_consolidated_2026-02-27.xml.gz"))
        #expect(snapshot.source == .un)
        #expect(snapshot.countsBySchema[.person] == 730)
        #expect(snapshot.countsBySchema[.organization] == 273)
        #expect(snapshot.publishedOn == PartialDate(year: 2026, month: 2, day: 27))
        #expect(snapshot.warnings.isEmpty)

        let kim = try #require(snapshot.entity(EntityID("un:KPi.066")!))
        #expect(kim.caption == "KIM JONG SIK")
        #expect(kim.names.contains { $0.full == "Kim Cho’ng-sik" && $0.kind == .aka })
        #expect(kim.birthDates == [BirthDate(PartialDate(year: 1967), to: PartialDate(year: 1969))])
        #expect(kim.nationalities.map(\.code) == ["KP"])
        #expect(kim.programs == ["DPRK"])
        #expect(kim.listedOn == PartialDate(year: 2017, month: 12, day: 22))

        let withDocuments = snapshot.entities.filter { $0.identifiers.contains { $0.kind == .passport } }
        #expect(withDocuments.count > 100)
        #expect(snapshot.entities.contains { $0.names.contains(where: \.isWeak) })
        #expect(snapshot.entities.contains { $0.birthDates.contains(where: \.isApproximate) })
    }
}
