import CordonModel
import CordonSources
import Testing

@Suite("FollowTheMoney JSON lines")
struct FollowTheMoneyParserTests {
    @Test("an OpenSanctions export: parties kept, sanctions, addresses and relations folded into them")
    func export() throws {
        let snapshot = try SharedSnapshots.single(FixturePaths.fixture("opensanctions/yente__zala__entities.ftm.json"))
        #expect(snapshot.source == .followTheMoney)
        #expect(snapshot.countsBySchema[.person] == 6)
        #expect(snapshot.countsBySchema[.company] == 11)
        let osetrova = try #require(snapshot.entity(EntityID("ftm:NK-2Tbri3s6GgNtAwsSXh4qpL")!))
        #expect(osetrova.names.contains { $0.full == "Мария Александровна Осетрова" })
        #expect(osetrova.birthDates == [BirthDate(PartialDate(year: 1988, month: 1, day: 7))])
        #expect(osetrova.identifiers.contains { $0.kind == .taxNumber && $0.value == "183116181362" })
        #expect(snapshot.entities.contains { !$0.programs.isEmpty })
        #expect(snapshot.entities.contains { !$0.relations.isEmpty })
        #expect(snapshot.entities.contains { $0.addresses.contains { $0.country != nil } })
    }

    @Test("delta files apply in order: ADD adds, MOD replaces")
    func deltas() throws {
        let base = try SharedSnapshots.single(FixturePaths.fixture("opensanctions/yente__t1__entities.ftm.json"))
        let files = ["opensanctions/yente__t1__entities.ftm.json",
                     "opensanctions/yente__t2__20240527194702-wnk__entities.delta.json",
                     "opensanctions/yente__t2__20240528014702-pfh__entities.delta.json"].map(FixturePaths.fixture)
        let snapshots = try ListLoader.load(paths: files)
        #expect(snapshots.count == 1)
        let updated = try #require(snapshots.first)
        #expect(updated.format == .followTheMoneyDelta)
        let diff = ListDiff(old: base, new: updated)
        #expect(diff.added.count == 3)
        #expect(diff.removed.isEmpty)
        #expect(updated.entity(EntityID("ftm:NK-2T3S8Hu29ktYnKSTgQp2wL")!)?.caption == "Foobar Foobargroup")
        #expect(base.entity(EntityID("ftm:NK-2T3S8Hu29ktYnKSTgQp2wL")!) == nil)
    }
}
