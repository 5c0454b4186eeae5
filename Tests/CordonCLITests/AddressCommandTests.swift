import Foundation
import Testing

/// `cordon address` end to end: the built binary, real lists, real files.
@Suite(.serialized) struct AddressCommandTests {
    static let ronin = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"

    static func json(_ text: some StringProtocol) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text)")
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cordon-address-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func singleAddressAsJSON() throws {
        let cordon = try CordonBinary.locate()
        let run = try cordon.run(["address", Self.ronin.lowercased(), "--asset", "eth", "--json",
                                  "--list", CLIFixtures.sdn20251119Path])
        #expect(run.status == 0, "\(run.stderr)")
        let record = try Self.json(run.stdout)
        #expect(record["input"] as? String == Self.ronin.lowercased())
        #expect(record["valid"] as? Bool == true)
        #expect(record["sanctioned"] as? Bool == true)
        #expect(record["normalized"] as? String == Self.ronin.lowercased())
        #expect((record["assetCandidates"] as? [String])?.contains("ETH") == true)
        let matches = try #require(record["matches"] as? [[String: Any]])
        #expect(matches.count == 1)
        let match = try #require(matches.first)
        #expect(match["entityId"] as? String == "ofac-sdn:27307")
        #expect((match["caption"] as? String)?.uppercased() == "LAZARUS GROUP")
        #expect((match["programs"] as? [String])?.contains("DPRK3") == true)
        #expect(match["asset"] as? String == "ETH")
        #expect(match["listedAs"] as? String == Self.ronin)
        #expect(match["list"] as? String == "ofac-sdn@2025-11-19")
    }

    @Test func singleAddressForPeopleFlagsTheTypo() throws {
        let cordon = try CordonBinary.locate()
        let typo = "0x098b716B8Aaf21512996dC57EB0615e2383E2f96"
        let run = try cordon.run(["address", typo] + CLIFixtures.legacy20231228Paths.flatMap { ["--list", $0] })
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("SANCTIONED"))
        #expect(run.stdout.contains("ofac-sdn:27307"))
        #expect(run.stdout.contains("likely a typo"))
        #expect(run.stdout.contains("EIP-55"))
    }

    @Test func batchKeepsOrderAndReportsBadLines() throws {
        let cordon = try CordonBinary.locate()
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("addresses.txt")
        let output = folder.appendingPathComponent("results.jsonl")
        let lines = [
            "1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ",
            #"{"id":"q2","address":"\#(Self.ronin.uppercased().replacingOccurrences(of: "0X", with: "0x"))","asset":"ETH"}"#,
            #"{"id":"q3","address":5}"#,
            #"{"id":"q4","address":"0xb6f5ec1a0a9cd1526536d3f0426c429529471f40""#,
            "",
            #"{"id":6,"address":"0xb6f5ec1a0a9cd1526536d3f0426c429529471f40","asset":"DOGE"}"#,
            "not an address",
            #"{"id":"q8","address":"0xb6f5ec1a0a9cd1526536d3f0426c429529471f40","asset":"USDC"}"#,
            "0x0000000000000000000000000000000000000001\r",
        ]
        try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        let run = try cordon.run(["address", "--input", input.path, "--output", output.path]
            + CLIFixtures.legacy20231228Paths.flatMap { ["--list", $0] })
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("screened 5, sanctioned 3, unreadable lines 3"), "\(run.stderr)")
        let records = try String(contentsOf: output, encoding: .utf8).split(separator: "\n").map { try Self.json($0) }
        #expect(records.map { $0["line"] as? Int } == [1, 2, 3, 4, 6, 7, 8, 9], "one record per non-blank line, in order")
        guard records.count == 8 else { return }

        #expect(records[0]["sanctioned"] as? Bool == true)
        #expect((records[0]["matches"] as? [[String: Any]])?.first?["entityId"] as? String == "ofac-sdn:43377")
        #expect(records[1]["id"] as? String == "q2")
        #expect(records[1]["asset"] as? String == "ETH")
        #expect((records[1]["matches"] as? [[String: Any]])?.first?["entityId"] as? String == "ofac-sdn:27307")
        #expect(records[2]["id"] as? String == "q3")
        #expect((records[2]["error"] as? String)?.contains("address") == true)
        #expect(records[2]["sanctioned"] == nil)
        #expect((records[3]["error"] as? String)?.contains("JSON") == true)
        #expect(records[4]["id"] as? String == "6")
        #expect((records[4]["error"] as? String)?.contains("DOGE") == true)
        #expect(records[5]["valid"] as? Bool == false)
        #expect(records[5]["sanctioned"] as? Bool == false)
        #expect((records[5]["reason"] as? String)?.isEmpty == false)
        let usdc = try #require(records[6]["matches"] as? [[String: Any]])
        #expect(Set(usdc.compactMap { $0["asset"] as? String }) == ["ETH", "USDT", "USDC"])
        #expect(records[7]["input"] as? String == "0x0000000000000000000000000000000000000001")
        #expect(records[7]["valid"] as? Bool == true)
        #expect(records[7]["sanctioned"] as? Bool == false)
    }

    @Test func unreadableInputFails() throws {
        let cordon = try CordonBinary.locate()
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing.txt").path
        let noFile = try cordon.run(["address", "--input", missing])
        #expect(noFile.status != 0)
        #expect(noFile.stderr.contains(missing))
        #expect(noFile.stdout.isEmpty)
        let aFolder = try cordon.run(["address", "--input", folder.path])
        #expect(aFolder.status != 0)
        #expect(aFolder.stderr.contains("folder"))
        let neither = try cordon.run(["address"])
        #expect(neither.status != 0)
        #expect(neither.stderr.contains("--input"))
    }
}
