import CordonModel
import CordonSources
import Foundation
import Testing

/// `cordon lists update` against a real HTTP server on loopback that serves
/// fixture files: a newer list, a truncated download and a missing file.
@Suite("List updates", .serialized)
struct ListUpdaterTests {
    let served: URL
    let home: URL

    init() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cordon-update-\(UUID().uuidString)")
        served = scratch.appendingPathComponent("served")
        home = scratch.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: served, withIntermediateDirectories: true)
    }

    func serve(_ fixture: String, as name: String, truncatedTo length: Int? = nil) throws {
        var data = try Data(contentsOf: URL(fileURLWithPath: FixturePaths.fixture(fixture)))
        if let length { data = data.prefix(length) }
        try data.write(to: served.appendingPathComponent(name))
    }

    @Test("updates what it can, refuses a truncated file and a 404, keeps the previous version")
    func update() async throws {
        let directory = ListDirectory(root: home)
        let installedOld = directory.current("ofac-sdn")
        try FileManager.default.createDirectory(at: installedOld, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: FixturePaths.fixture("ofac/advanced/sdn_advanced_2025-03-04.xml.bz2"),
                                         toPath: installedOld.appendingPathComponent("sdn_advanced.xml.bz2").path)
        try serve("ofac/advanced/sdn_advanced_2025-03-21.xml.bz2", as: "SDN_ADVANCED.XML")
        try serve("ofac/advanced/sdn_advanced_2025-03-04.xml.bz2", as: "CONS_ADVANCED.XML", truncatedTo: 200_000)
        let server = try LocalHTTPServer(serving: served)

        let updater = ListUpdater(directory: directory, sources: OfficialListSource.mirrored(at: server.baseURL), timeout: 30)
        let outcomes = await updater.run()
        let byID = Dictionary(uniqueKeysWithValues: outcomes.map { ($0.source, $0) })

        let sdn = try #require(byID["ofac-sdn"])
        #expect(sdn.status == .updated)
        #expect(sdn.previousVersion == "ofac-sdn@2025-03-04")
        #expect(sdn.currentVersion == "ofac-sdn@2025-03-21")
        #expect(sdn.added == 67 && sdn.removed == 1)
        let current = try ListLoader.load(paths: directory.currentFiles("ofac-sdn"))
        #expect(current.first?.publishedOn == PartialDate(year: 2025, month: 3, day: 21))
        let archived = try FileManager.default.contentsOfDirectory(atPath: directory.previous("ofac-sdn").path)
        #expect(archived.count == 1)

        let consolidated = try #require(byID["ofac-cons"])
        #expect(consolidated.status == .failed)
        #expect(consolidated.message.contains("truncated"))
        #expect(consolidated.message.contains("the list in use is unchanged"))
        #expect(directory.currentFiles("ofac-cons").isEmpty)

        let un = try #require(byID["un"])
        #expect(un.status == .failed)
        #expect(un.message.contains("HTTP 404"))

        let again = await updater.run()
        #expect(again.first { $0.source == "ofac-sdn" }?.status == .unchanged)

        try serve("ofac/advanced/sdn_advanced_2025-03-04.xml.bz2", as: "SDN_ADVANCED.XML")
        let older = await updater.run()
        let refused = try #require(older.first { $0.source == "ofac-sdn" })
        #expect(refused.status == .failed)
        #expect(refused.message.contains("older than the list in use (2025-03-21)"))
        #expect(try ListLoader.load(paths: directory.currentFiles("ofac-sdn")).first?.publishedOn == PartialDate(year: 2025, month: 3, day: 21))
        server.stop()
    }

    @Test("says clearly when the publisher cannot be reached")
    func unreachable() async throws {
        let closedPort = URL(string: "http://127.0.0.1:9")!
        let updater = ListUpdater(directory: ListDirectory(root: home), sources: OfficialListSource.mirrored(at: closedPort), timeout: 5)
        let outcomes = await updater.run()
        #expect(outcomes.count == 3)
        for outcome in outcomes {
            #expect(outcome.status == .failed)
            #expect(outcome.message.contains("cannot reach 127.0.0.1"))
        }
    }
}
