import CordonMatch
import CordonModel
import Foundation
import Testing

/// The batch contract of DESIGN.md: JSON lines or CSV in, one JSON line per
/// query out, in input order, bad lines as error records.
@Suite struct BatchTests {
    let screening = BatchScreening(screener: SharedScreener.screener, concurrency: 2)

    @Test func jsonLinesInOrderWithErrors() async throws {
        let input = """
        {"id":"q1","name":"Kim Sang Man","schema":"Person","birthDate":"1965-04-25","country":"KP"}
        {"id":"q2","name":"Hidden Cobra"}
        {"id":"q3","name":"Lab 110"
        {"id":"q4","schema":"Person"}
        {"id":"q5","name":"Kim Sang Man","birthDate":"1965-13-01"}

        {"id":7,"name":"Jinyong IT Cooperation Co., Ltd."}
        {"id":"q8","name":"Zzyzx Qwerty Nonexistent"}
        """
        let items = try BatchReader.items(of: input, format: .jsonLines)
        #expect(items.map(\.id) == ["q1", "q2", "3", "q4", "q5", "7", "q8"])
        let results = await screening.run(items)
        #expect(results.map(\.id) == ["q1", "q2", "3", "q4", "q5", "7", "q8"])
        #expect(results[0].matches?.first?.entityId.description == "ofac-sdn:43377")
        #expect((results[0].matches?.first?.score ?? 0) > 0.95)
        #expect(results[1].matches?.first?.entityId.description == "ofac-sdn:27307")
        #expect(results[2].error?.hasPrefix("line 3: invalid JSON") == true)
        #expect(results[3].error == "line 4: no \"name\": every query needs a name")
        #expect(results[4].error?.hasPrefix("line 5: birthDate \"1965-13-01\"") == true)
        #expect(results[5].matches?.first?.entityId.description == "ofac-sdn:43379")
        #expect(results[6].matches == [])
    }

    @Test func outputLineShape() throws {
        let result = screening.result(for: BatchItem(id: "q1", line: 1, query: .success(ScreeningQuery(name: "Kim Sang Man"))))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let object = try JSONSerialization.jsonObject(with: encoder.encode(result)) as? [String: Any]
        #expect(object?["id"] as? String == "q1")
        let first = try #require((object?["matches"] as? [[String: Any]])?.first)
        for key in ["entityId", "caption", "schema", "programs", "score", "matchedName", "explanation"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        #expect(first["entityId"] as? String == "ofac-sdn:43377")
    }

    @Test func csvWithSameColumns() async throws {
        let input = """
        id,name,schema,birthDate,country
        c1,"KIM, Sang Man",Person,1965-04-25,KP
        c2,Guardians of Peace,,,
        c3,,Person,,
        c4,Lab 110,Robot,,
        c5,APT C 26,Organization,,
        """
        let items = try BatchReader.items(of: input, format: .csv)
        let results = await screening.run(items)
        #expect(results.map(\.id) == ["c1", "c2", "c3", "c4", "c5"])
        #expect(results[0].matches?.first?.entityId.description == "ofac-sdn:43377")
        #expect(results[1].matches?.first?.entityId.description == "ofac-sdn:27307")
        #expect(results[2].error?.hasPrefix("line 4: no \"name\"") == true)
        #expect(results[3].error?.hasPrefix("line 5: schema \"Robot\"") == true)
        #expect(results[4].matches?.first?.entityId.description == "ofac-sdn:27307")
    }

    @Test func csvWithoutNameColumnIsRejected() {
        #expect(throws: BatchInputError.self) { try BatchReader.items(of: "id,fullname\n1,Kim\n", format: .csv) }
    }

    @Test func formatDetection() {
        #expect(BatchFormat.detect(fileName: "q.csv", firstLine: "{") == .csv)
        #expect(BatchFormat.detect(fileName: "q.txt", firstLine: "{\"name\":\"x\"}") == .jsonLines)
        #expect(BatchFormat.detect(fileName: nil, firstLine: "id,name") == .csv)
    }

    @Test func largeBatchKeepsOrderAcrossTasks() async throws {
        let names = ["Kim Sang Man", "Hidden Cobra", "Lab 110", "Vladimir Putin", "Nobody Atall"]
        let items = (0..<200).map { i in
            BatchItem(id: "n\(i)", line: i + 1, query: .success(ScreeningQuery(name: names[i % names.count])))
        }
        let parallel = await screening.run(items)
        let serial = await BatchScreening(screener: SharedScreener.screener, concurrency: 1).run(items)
        #expect(parallel.map(\.id) == items.map(\.id))
        #expect(parallel.map { $0.matches?.first?.entityId } == serial.map { $0.matches?.first?.entityId })
    }
}
