import CordonMatch
import CordonModel
import Testing

/// The acceptance examples of the name-screening issue, on the real bundled lists.
@Suite struct NameAcceptanceTests {
    let screener = SharedScreener.screener

    func top(_ name: String, schema: ScreeningSchema = .any) -> ScreeningMatch? {
        screener.screen(ScreeningQuery(name: name, schema: schema)).first
    }

    @Test(arguments: ["Kim Sang Man", "Sang Man Kim", "KIM Sangman", "Gim Sang-man", "김상만"])
    func kimSangManFirst(_ name: String) throws {
        let match = try #require(top(name), "no match for \(name)")
        #expect(match.entityId.description == "ofac-sdn:43377", "\(name) → \(match.entityId) \(match.caption)")
    }

    @Test func birthDateRaisesAndLowers() throws {
        let plain = try #require(screener.screen(ScreeningQuery(name: "Kim Sang Man")).first { $0.entityId.description == "ofac-sdn:43377" })
        let dated = try #require(screener.screen(ScreeningQuery(
            name: "Kim Sang Man", birthDate: PartialDate(iso: "1965-04-25"))).first { $0.entityId.description == "ofac-sdn:43377" })
        let wrong = try #require(screener.screen(ScreeningQuery(
            name: "Kim Sang Man", birthDate: PartialDate(iso: "1990-01-01")), threshold: 0).first { $0.entityId.description == "ofac-sdn:43377" })
        #expect(dated.score > plain.score)
        #expect(wrong.score < plain.score)
        #expect(dated.explanation.adjustments.contains { $0.kind == .birthDateMatch && $0.reason.contains("1965-04-25") })
        let mismatch = try #require(wrong.explanation.adjustments.first { $0.kind == .birthDateMismatch })
        #expect(mismatch.delta < 0)
        #expect(mismatch.reason.contains("1990-01-01") && mismatch.reason.contains("1965-04-25"))
    }

    @Test func strongNameMatchIsKeptWhenEvidenceDisagrees() throws {
        let matches = screener.screen(ScreeningQuery(
            name: "Kim Sang Man", schema: .organization, birthDate: PartialDate(iso: "1990-01-01"), country: "Germany"))
        let kept = try #require(matches.first { $0.entityId.description == "ofac-sdn:43377" })
        #expect(kept.score < Screener.defaultThreshold(for: .cordon))
        #expect(kept.explanation.keptBelowThreshold)
        #expect(Set(kept.explanation.adjustments.map(\.kind)).isSuperset(of: [.birthDateMismatch, .schemaMismatch, .countryMismatch]))
    }

    @Test func countryAndSchemaEvidence() throws {
        let m = try #require(screener.screen(ScreeningQuery(name: "Kim Sang Man", schema: .person, country: "KP")).first)
        #expect(m.explanation.adjustments.contains { $0.kind == .countryMatch })
        #expect(m.explanation.adjustments.contains { $0.kind == .schemaMatch })
    }

    @Test(arguments: ["Jinyong IT Cooperation Co., Ltd.", "Chinyong Information Technology Cooperation Company"])
    func chinyong(_ name: String) throws {
        let match = try #require(top(name))
        #expect(match.entityId.description == "ofac-sdn:43379", "\(name) → \(match.entityId) \(match.caption)")
    }

    @Test func lab110() throws {
        let match = try #require(top("Lab 110"))
        #expect(match.entityId.description == "ofac-sdn:43338")
    }

    @Test func ordinalFindsResearchCenter() throws {
        let match = try #require(top("110 Research Center"))
        #expect(match.entityId.description == "ofac-sdn:43338")
    }

    @Test(arguments: ["Hidden Cobra", "Guardians of Peace", "APT C 26"])
    func lazarusWeakAliases(_ name: String) throws {
        let match = try #require(top(name))
        #expect(match.entityId.description == "ofac-sdn:27307", "\(name) → \(match.entityId) \(match.caption)")
        #expect(match.explanation.weakAlias)
        #expect(match.explanation.adjustments.contains { $0.kind == .weakAlias })
    }

    @Test func weakAliasScoresBelowStrongName() throws {
        let weak = try #require(top("Hidden Cobra"))
        let strong = try #require(top("Lazarus Group"))
        #expect(weak.score < strong.score)
    }

    @Test(arguments: ["Kim Min Jun", "Korea Trading Company"])
    func sharedCommonTokensAloneDoNotMatch(_ name: String) {
        let matches = screener.screen(ScreeningQuery(name: name))
        let queryTokens = Set(name.lowercased().split(separator: " ").map(String.init))
        for m in matches {
            // Only a listed name that really is this name may pass.
            let listed = Set(m.matchedName.lowercased().filter { $0.isLetter || $0 == " " }.split(separator: " ").map(String.init))
            #expect(listed == queryTokens, "\(name) matched \(m.entityId) \(m.matchedName) at \(m.score)")
        }
    }

    @Test func explanationShowsAlignment() throws {
        let m = try #require(top("Sang Man Kim"))
        #expect(m.explanation.alignment.contains { $0.query == "kim" && $0.listed == "kim" && $0.reason == .exact })
        #expect(m.explanation.alignment.contains { $0.query == "sang man" && $0.listed == "sang man" })
        let variant = try #require(top("Oleg Slizhevsky"))
        #expect(variant.explanation.alignment.contains { $0.query == "slizhevsky" && $0.reason == .russianTransliteration })
        #expect(m.explanation.nameScore > 0.9)
        #expect(m.listVersion == "ofac-sdn@2025-11-19")
    }

    @Test func scoresAreSortedAndBounded() {
        let matches = screener.screen(ScreeningQuery(name: "Kim Jong"), threshold: 0.3, limit: 50)
        #expect(!matches.isEmpty)
        #expect(matches.allSatisfy { (0...1).contains($0.score) })
        #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(Set(matches.map(\.entityId)).count == matches.count)
    }
}
