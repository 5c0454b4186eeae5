import CordonMatch
import CordonModel
import Testing

/// Cyrillic queries find parties listed in Latin, and Latin queries find
/// parties whose matching name is Cyrillic. Each case leaves the name the query
/// copies out of the index, so the match has to come through transliteration.
@Suite struct CrossScriptTests {
    struct Case: Sendable, CustomStringConvertible {
        var query: String
        var expected: String
        var heldOut: [String]
        var description: String { query }
        var isCyrillic: Bool { query.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) } }
    }

    static let cases: [Case] = [
        // Listed in Latin and Cyrillic; the Cyrillic names are held out.
        Case(query: "Путин Владимир Владимирович", expected: "ofac-sdn:35096",
             heldOut: ["Путин Владимир Владимирович", "Путин Владимир"]),
        Case(query: "Лукашенко Александр", expected: "ofac-sdn:9760", heldOut: ["Лукашенко Александр Григорьевич"]),
        // Latin query, Latin names held out: found through the Cyrillic listing.
        Case(query: "Vladimir Putin", expected: "ofac-sdn:35096",
             heldOut: ["PUTIN, Vladimir Vladimirovich", "PUTIN, Vladimir"]),
        Case(query: "Oleg Slizhevsky", expected: "ofac-sdn:10138", heldOut: []),
    ]

    /// One index without the Cyrillic names the Cyrillic queries copy, one
    /// without the Latin names the Latin queries copy.
    static let screeners: [Bool: Screener] = {
        var excluded = [true: Set<NameReference>(), false: Set<NameReference>()]
        for c in cases {
            for name in c.heldOut { excluded[c.isCyrillic]!.insert(NameReference(entity: EntityID(c.expected)!, name: name)) }
        }
        return excluded.mapValues { Screener(snapshots: SharedScreener.snapshots, excluding: $0) }
    }()

    @Test(arguments: cases)
    func findsAcrossScripts(_ c: Case) throws {
        let entity = try #require(SharedScreener.entity(c.expected))
        for name in c.heldOut { #expect(entity.names.contains { $0.full == name }, "\(c.expected) has no name \(name)") }
        let all = Self.screeners[c.isCyrillic]!.screen(ScreeningQuery(name: c.query), threshold: 0.3, limit: 3)
        let first = try #require(Self.screeners[c.isCyrillic]!.screen(ScreeningQuery(name: c.query)).first,
                                 "no match for \(c.query): \(all.map { "\($0.entityId) \($0.matchedName) \($0.explanation.comparedForm ?? "") \($0.score)" })")
        #expect(first.entityId.description == c.expected, "\(c.query) → \(first.entityId) \(first.matchedName)")
        #expect(!c.heldOut.contains(first.matchedName))
    }
}
