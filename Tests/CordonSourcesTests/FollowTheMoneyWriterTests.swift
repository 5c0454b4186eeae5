import CordonModel
import CordonSources
import Foundation
import Testing

@Suite("FollowTheMoney export")
struct FollowTheMoneyWriterTests {
    /// Writes a snapshot as FollowTheMoney and reads it back with Cordon's own parser.
    static func roundTrip(_ snapshot: ListSnapshot) throws -> ListSnapshot {
        let data = try FollowTheMoneyWriter.export([snapshot])
        let file = ListFile(name: "export.ftm.json", bytes: [UInt8](data))
        let snapshots = try ListLoader.load(files: [file])
        return try #require(snapshots.count == 1 ? snapshots.first : nil)
    }

    static func parsed(_ id: EntityID, in snapshot: ListSnapshot) -> Entity? {
        snapshot.entity(EntityID(source: ListSource.followTheMoney.id, local: id.description))
    }

    /// What survives the trip, in a form to compare: FollowTheMoney has no
    /// n.k.a. (written as alias), no weak f.k.a. (weakAlias), and one
    /// primary name (the first `name`); a birth range comes back as its ends.
    struct Essentials: Equatable, CustomStringConvertible {
        var names: Set<String>
        var birthDates: Set<BirthDate>
        var nationalities: [String?]
        var identifiers: Set<String>
        var programs: Set<String>

        init(original entity: Entity) {
            var names = Set<String>()
            var seen = Set<String>()
            var sawPrimary = false
            // The parser reads name, alias, weakAlias, previousName in that order and drops a text it already has with that kind.
            let ordered = entity.names.filter { !$0.isWeak && $0.kind == .primary }
                + entity.names.filter { !$0.isWeak && ($0.kind == .aka || $0.kind == .nka) }
                + entity.names.filter(\.isWeak)
                + entity.names.filter { !$0.isWeak && $0.kind == .fka }
            for name in ordered {
                var kind = name.kind == .nka ? NameKind.aka : name.kind
                if name.isWeak { kind = .aka }
                if kind == .primary { kind = sawPrimary ? .aka : .primary; sawPrimary = true }
                let key = "\(kind.rawValue)|\(name.full)"
                if seen.insert(key).inserted { names.insert(key + (name.isWeak ? "|weak" : "")) }
            }
            self.names = names
            birthDates = Set(entity.birthDates.flatMap { [BirthDate($0.from)] + ($0.to.map { [BirthDate($0)] } ?? []) })
            nationalities = entity.nationalities.map(\.code)
            identifiers = Set(entity.identifiers.map { identifier in
                let kind: IdentifierKind = switch identifier.kind {
                case .other: .nationalID
                case .aircraftRegistration: .registrationNumber
                default: identifier.kind
                }
                return "\(kind.rawValue)|\(identifier.value)|\(kind == .cryptoWallet ? identifier.asset ?? "" : "")"
            })
            programs = Set(entity.programs)
        }

        init(parsed entity: Entity) {
            names = Set(entity.names.map { "\($0.kind.rawValue)|\($0.full)" + ($0.isWeak ? "|weak" : "") })
            birthDates = Set(entity.birthDates)
            nationalities = entity.nationalities.map(\.code)
            identifiers = Set(entity.identifiers.map { "\($0.kind.rawValue)|\($0.value)|\($0.kind == .cryptoWallet ? $0.asset ?? "" : "")" })
            programs = Set(entity.programs)
        }

        var description: String { "names \(names.sorted()), births \(birthDates), nationalities \(nationalities), ids \(identifiers.sorted()), programs \(programs)" }
    }

    /// Every party of a list comes back with the same essentials; returns the ids that did not.
    static func mismatches(_ original: ListSnapshot, _ parsed: ListSnapshot) -> [String] {
        original.entities.compactMap { entity in
            guard let back = Self.parsed(entity.id, in: parsed) else { return "\(entity.id): missing" }
            let before = Essentials(original: entity), after = Essentials(parsed: back)
            return before == after ? nil : "\(entity.id):\n  before \(before)\n  after  \(after)"
        }
    }

    @Test("one line is an OpenSanctions-shaped entity: id, schema, properties of lists, datasets")
    func shape() throws {
        let snapshot = try SharedSnapshots.sdnAdvanced20251119.get()
        let kim = try #require(snapshot.entity(EntityID("ofac-sdn:43377")!))
        let lines = try FollowTheMoneyWriter.jsonLines(kim)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(object["id"] as? String == "ofac-sdn:43377")
        #expect(object["schema"] as? String == "Person")
        #expect(object["datasets"] as? [String] == ["ofac-sdn"])
        let properties = try #require(object["properties"] as? [String: [String]])
        #expect(properties["name"]?.first == "KIM, Sang Man")
        #expect(properties["alias"]?.contains("KIM, Sangman") == true)
        #expect(properties["birthDate"] == ["1965-04-25"])
        #expect(properties["nationality"] == ["kp"])
        #expect(properties["gender"] == ["male"])
        #expect(properties["program"] == ["DPRK4"])
        #expect(Set(properties["passportNumber"] ?? []) == ["109420132", "827220538", "563220082"])
        let wallets = lines.dropFirst().compactMap { line -> [String: Any]? in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["schema"] as? String == "CryptoWallet" ? object : nil
        }
        #expect(wallets.count == 6)
        #expect(wallets.allSatisfy { ($0["properties"] as? [String: [String]])?["holder"] == ["ofac-sdn:43377"] })
        #expect(lines.allSatisfy { !$0.contains("\n") })
    }

    @Test("precision is kept: a year stays a year, a range is written as its two ends")
    func datePrecision() throws {
        let entity = Entity(id: EntityID(source: "custom", local: "x"), schema: .person,
                            names: [Name(full: "Test Person"), Name(full: "Old Name", kind: .fka), Name(full: "Nick", kind: .aka, isWeak: true)],
                            birthDates: [BirthDate(PartialDate(year: 1962)), BirthDate(PartialDate(year: 1967), to: PartialDate(year: 1969)),
                                         BirthDate(PartialDate(year: 1970, month: 3))],
                            nationalities: [Country(name: "Korea, North")])
        let party = try #require(FollowTheMoneyWriter.entities(for: entity).first)
        #expect(party.properties["birthDate"] == ["1962", "1967", "1969", "1970-03"])
        #expect(party.properties["previousName"] == ["Old Name"])
        #expect(party.properties["weakAlias"] == ["Nick"])
        #expect(party.properties["nationality"] == ["kp"])
        #expect(party.datasets == ["custom"])
    }

    @Test("schemas are FollowTheMoney's: an aircraft is an Airplane and comes back as an aircraft")
    func schemas() throws {
        let snapshot = try SharedSnapshots.sdnAdvanced20251119.get()
        let aircraft = try #require(snapshot.entities.first { $0.schema == .aircraft })
        #expect(FollowTheMoneyWriter.entities(for: aircraft).first?.schema == "Airplane")
        let subset = ListSnapshot(source: snapshot.source, format: snapshot.format, publishedOn: nil, sha256: snapshot.sha256,
                                  files: snapshot.files, entities: [aircraft])
        #expect(Self.parsed(aircraft.id, in: try Self.roundTrip(subset))?.schema == .aircraft)
    }

    @Test("KIM Sang Man and Lazarus Group survive export and parse: names, weak aliases, birth date, wallets")
    func ofacParties() throws {
        let snapshot = try SharedSnapshots.sdnAdvanced20251119.get()
        let kimID = EntityID("ofac-sdn:43377")!, lazarusID = EntityID("ofac-sdn:27307")!
        let subset = ListSnapshot(source: snapshot.source, format: snapshot.format, publishedOn: snapshot.publishedOn, sha256: snapshot.sha256,
                                  files: snapshot.files, entities: [kimID, lazarusID].compactMap(snapshot.entity))
        let back = try Self.roundTrip(subset)

        let kim = try #require(Self.parsed(kimID, in: back))
        #expect(kim.schema == .person)
        #expect(kim.caption == "KIM, Sang Man")
        #expect(kim.names.contains { $0.full == "KIM, Sangman" && $0.kind == .aka && !$0.isWeak })
        #expect(kim.birthDates == [BirthDate(PartialDate(year: 1965, month: 4, day: 25))])
        #expect(kim.birthPlaces == ["North Pyongan Province, North Korea"])
        #expect(kim.nationalities.map(\.code) == ["KP"])
        #expect(kim.programs == ["DPRK4"])
        #expect(Set(kim.identifiers.filter { $0.kind == .passport }.map(\.value)) == ["109420132", "827220538", "563220082"])
        #expect(Set(kim.wallets.map { "\($0.asset ?? "?") \($0.value)" }) == [
            "XBT 1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ", "XBT 1FCNgfZWpYMeYhy9t18AAkTBu8AsdoAc1Z",
            "ETH 0x97b1043abd9e6fc31681635166d430a458d14f9c", "ETH 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40",
            "USDT 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40", "USDC 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40",
        ])

        let lazarus = try #require(Self.parsed(lazarusID, in: back))
        let original = try #require(snapshot.entity(lazarusID))
        #expect(lazarus.schema == original.schema)
        #expect(lazarus.caption == original.caption)
        for alias in KimSangManExpectations.lazarusAliases {
            let before = original.names.first { $0.full.caseInsensitiveCompare(alias) == .orderedSame }
            let after = lazarus.names.first { $0.full.caseInsensitiveCompare(alias) == .orderedSame }
            #expect(after != nil, "\(alias) lost")
            #expect(after?.isWeak == before?.isWeak, "\(alias): weakness changed")
        }
        #expect(original.names.contains { $0.isWeak }, "Lazarus Group should have weak aliases to test")
        #expect(lazarus.names.filter(\.isWeak).map(\.full).sorted() == original.names.filter(\.isWeak).map(\.full).sorted())
        #expect(Set(lazarus.wallets.map(\.value)).isSuperset(of: KimSangManExpectations.lazarusWallets))
        #expect(Set(lazarus.wallets.map(\.value)) == Set(original.wallets.map(\.value)))

        #expect(Self.mismatches(subset, back).isEmpty)
    }

    @Test("the whole OFAC SDN list round-trips: names, alias kinds and weakness, birth dates, nationalities, identifiers, programs")
    func ofacList() throws {
        let snapshot = try SharedSnapshots.sdnAdvanced20251119.get()
        let back = try Self.roundTrip(snapshot)
        let parties = back.entities.filter { entity in !(entity.schema == .cryptoWallet && entity.relations.contains { $0.kind == "held by" }) }
        #expect(parties.count == snapshot.entities.count)
        let wrong = Self.mismatches(snapshot, back)
        #expect(wrong.isEmpty, "\(wrong.count) entities differ, e.g. \(wrong.prefix(3).joined(separator: "\n"))")
    }

    @Test("the UN list round-trips")
    func unList() throws {
        let snapshot = try SharedSnapshots.single(FixturePaths.bundled("UN_consolidated_2026-02-27.xml.gz"))
        let back = try Self.roundTrip(snapshot)
        #expect(back.entities.count >= snapshot.entities.count)
        let wrong = Self.mismatches(snapshot, back)
        #expect(wrong.isEmpty, "\(wrong.count) entities differ, e.g. \(wrong.prefix(3).joined(separator: "\n"))")
        let kp = try #require(snapshot.entities.first { $0.id.local == "KPi.066" })
        let kpBack = try #require(Self.parsed(kp.id, in: back))
        #expect(kpBack.caption == kp.caption)
        #expect(kpBack.birthDates.map(\.from) == kp.birthDates.flatMap { [$0.from] + ($0.to.map { [$0] } ?? []) })
    }
}
