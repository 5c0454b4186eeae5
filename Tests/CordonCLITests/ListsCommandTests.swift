import Foundation
import Testing

@Suite("cordon lists and cordon entity")
struct ListsCommandTests {
    @Test("`lists show --json` on the bundled lists: three lists with their dates and counts")
    func showBundled() throws {
        let result = try CordonBinary.locate().run(["lists", "show", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let lists = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        let bySource = Dictionary(uniqueKeysWithValues: lists.map { ($0["source"] as? String ?? "", $0) })
        #expect(bySource["ofac-sdn"]?["entities"] as? Int == 18_367)
        #expect(bySource["ofac-sdn"]?["publishedOn"] as? String == "2025-11-19")
        #expect(bySource["ofac-sdn"]?["sha256"] as? String == "36c517bd264d8d97eff353eadd8d84427d5eb293505a8ce07271a5bc258c3117")
        #expect(bySource["ofac-cons"]?["entities"] as? Int == 442)
        #expect((bySource["un"]?["bySchema"] as? [String: Int]) == ["Person": 730, "Organization": 273])
    }

    @Test("`lists diff` of 19 → 23 May 2023 shows the five DPRK designations")
    func diff() throws {
        let result = try CordonBinary.locate().run(["lists", "diff", CLIFixtures.fixture("ofac/legacy-csv/sdn_2023-05-19.csv.gz"),
                                            CLIFixtures.fixture("ofac/legacy-csv/sdn_2023-05-23.csv.gz"), "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
        let added = (report["added"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(added == ["ofac-sdn:43336", "ofac-sdn:43337", "ofac-sdn:43338", "ofac-sdn:43377", "ofac-sdn:43379"])
        #expect((report["removed"] as? [Any])?.isEmpty == true)
        #expect((report["changed"] as? [Any])?.isEmpty == true)

        let text = try CordonBinary.locate().run(["lists", "diff", CLIFixtures.fixture("ofac/legacy-csv/sdn_2023-05-19.csv.gz"),
                                          CLIFixtures.fixture("ofac/legacy-csv/sdn_2023-05-23.csv.gz")])
        #expect(text.stdout.contains("added 5, removed 0, changed 0"))
        #expect(text.stdout.contains("+ ofac-sdn:43379  CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY  [DPRK2]"))
    }

    @Test("`entity ofac-sdn:43377` from the bundled XML and from a legacy CSV set")
    func entity() throws {
        let fromXML = try CordonBinary.locate().run(["entity", "ofac-sdn:43377"])
        #expect(fromXML.status == 0, "\(fromXML.stderr)")
        let legacy = CLIFixtures.legacy20231228Paths.flatMap { ["--list", $0] }
        let fromCSV = try CordonBinary.locate().run(["entity", "ofac-sdn:43377"] + legacy)
        #expect(fromCSV.status == 0, "\(fromCSV.stderr)")
        for output in [fromXML.stdout, fromCSV.stdout] {
            for expected in ["KIM, Sang Man", "KIM, Sangman", "1965-04-25", "North Pyongan Province", "109420132", "827220538",
                             "563220082", "XBT: 1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ", "ETH: 0x97b1043abd9e6fc31681635166d430a458d14f9c",
                             "USDT: 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40", "USDC: 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40"] {
                #expect(output.contains(expected), "missing \(expected)")
            }
        }
        let json = try CordonBinary.locate().run(["entity", "un:KPi.066", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["id"] as? String == "un:KPi.066")
    }

    @Test("unknown ids, bad files and unreachable publishers exit non-zero with a message")
    func failures() throws {
        let unknown = try CordonBinary.locate().run(["entity", "ofac-sdn:999999999"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("ofac-sdn:999999999: not found"))

        let malformedID = try CordonBinary.locate().run(["entity", "43377"])
        #expect(malformedID.status != 0)
        #expect(malformedID.stderr.contains("expected SOURCE:ID"))

        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString).csv")
        try Data().write(to: empty)
        let emptyList = try CordonBinary.locate().run(["lists", "show", "--list", empty.path])
        #expect(emptyList.status != 0)
        #expect(emptyList.stderr.contains(empty.lastPathComponent) && emptyList.stderr.contains("empty"))

        let home = FileManager.default.temporaryDirectory.appendingPathComponent("cordon-home-\(UUID().uuidString)")
        let update = try CordonBinary.locate().run(["lists", "update", "--from", "http://127.0.0.1:9", "--timeout", "5"],
                                           environment: ["CORDON_HOME": home.path])
        #expect(update.status == 1)
        #expect(update.stdout.contains("ofac-sdn: failed: cannot reach 127.0.0.1"))
    }
}
