import CordonMatch
import Foundation
import Testing

/// OFAC-compatible scores against what Sanctions List Search actually showed
/// (Tests/Fixtures/matching/sls_observed_scores.csv).
@Suite struct OFACModeTests {
    static func observations() throws -> [OFACObservation] {
        let text = try String(contentsOf: SharedScreener.matchingFixtures.appendingPathComponent("sls_observed_scores.csv"), encoding: .utf8)
        return try OFACObservation.parseCSV(text)
    }

    @Test func splitIsDeterministicAndDisjoint() throws {
        let all = try Self.observations()
        let (a, b) = OFACCalibration.split(all)
        let (c, d) = OFACCalibration.split(all)
        #expect(a == c && b == d)
        #expect(a.count + b.count == all.count)
        #expect(abs(a.count - b.count) <= 1)
        #expect(Set(a.map { $0.query + "|" + $0.listedName }).isDisjoint(with: b.map { $0.query + "|" + $0.listedName }))
    }

    @Test func negativeRowsAreSkipped() throws {
        let all = try Self.observations()
        #expect(all.allSatisfy { $0.score >= 0 })
        #expect(all.count == 82)
    }

    @Test func heldOutError() throws {
        let result = OFACCalibration.fit(try Self.observations())
        print(String(format: "OFAC mode: MAE %.2f points on %d training rows, %.2f on %d held-out rows; parameters %@",
                     result.trainingError, result.trainingCount, result.heldOutError, result.heldOutCount,
                     String(describing: result.parameters)))
        #expect(result.parameters == OFACParameters.fitted, "update OFACParameters.fitted to the fitted values")
        #expect(result.heldOutError <= 3.0)
    }

    @Test func knownScores() {
        let scorer = OFACScorer()
        #expect(scorer.score(query: "PUTIN", listed: "PUTIN, Vladimir") == 1)
        #expect(abs(scorer.score(query: "PUTIN", listed: "PUTINA, Yekaterina") * 100 - 97) < 1)
        #expect(abs(scorer.score(query: "PUTIN", listed: "PTI") * 100 - 88) < 1)
    }

    @Test func screeningInOFACMode() throws {
        let matches = SharedScreener.screener.screen(ScreeningQuery(name: "Vladimir Putin"), algorithm: .ofac)
        let first = try #require(matches.first)
        #expect(first.entityId.description == "ofac-sdn:35096")
        #expect(first.score == 1)
        #expect(first.explanation.algorithm == .ofac)
        #expect(matches.allSatisfy { $0.score >= Screener.defaultThreshold(for: .ofac) })
    }
}
