import CordonModel
import Foundation
import Testing

@Suite("Entity ids, schemas and diffs")
struct EntityTests {
    @Test("ids are SOURCE:ID, the id part as the source prints it")
    func ids() throws {
        #expect(EntityID("ofac-sdn:43377") == EntityID(source: "ofac-sdn", local: "43377"))
        #expect(EntityID("un:KPi.066")?.local == "KPi.066")
        #expect(EntityID("ftm:NK-abc:def")?.local == "NK-abc:def")
        for bad in ["43377", ":1", "ofac-sdn:", ""] { #expect(EntityID(bad) == nil) }
        #expect(EntityID("ofac-sdn:9")! < EntityID("ofac-sdn:10")!)
        let json = try JSONEncoder().encode(EntityID("un:KPi.066")!)
        #expect(String(decoding: json, as: UTF8.self) == "\"un:KPi.066\"")
    }

    @Test("schemas from the words users and lists use")
    func schemas() {
        #expect(Schema(userValue: "individual") == .person)
        #expect(Schema(userValue: " Organisation ") == .organization)
        #expect(Schema(userValue: "spaceship") == nil)
        #expect(Schema.company.isOrganization && !Schema.vessel.isOrganization)
    }

    @Test("countries compare by ISO code whatever the spelling")
    func countries() {
        #expect(Country(name: "Korea, North").code == "KP")
        #expect(Country(name: "Democratic People's Republic of Korea").code == "KP")
        #expect(Country(name: "kp").code == "KP")
        #expect(Country(name: "Atlantis").code == nil)
    }

    @Test("a diff names the fields that changed and ignores reordering")
    func diff() {
        var kim = Entity(id: EntityID("ofac-sdn:43377")!, schema: .person,
                         names: [Name(full: "KIM, Sang Man"), Name(full: "KIM, Sangman", kind: .aka)], programs: ["DPRK4"])
        let reordered = Entity(id: kim.id, schema: .person, names: kim.names.reversed(), programs: ["DPRK4"])
        #expect(ListDiff(old: [kim], new: [reordered]).isEmpty)
        let before = kim
        kim.addIdentifier(Identifier(kind: .cryptoWallet, value: "0x97b1043abd9e6fc31681635166d430a458d14f9c", asset: "ETH"))
        kim.addProgram("CYBER2")
        kim.addName(Name(full: "KIM, Sangman", kind: .aka))
        let diff = ListDiff(old: [before], new: [kim])
        #expect(diff.changed.map(\.fields) == [["identifiers", "programs"]])
        let other = Entity(id: EntityID("ofac-sdn:1")!, schema: .organization)
        let both = ListDiff(old: [before, other], new: [kim])
        #expect(both.removed.map(\.id) == [other.id])
        #expect(both.added.isEmpty)
    }
}
