import CordonModel

/// Weighs what the query says besides the name against what the list says
/// about the party. Each adjustment carries its reason, because a reviewer
/// must be able to see why a hit moved.
enum EvidenceScorer {
    static func adjustments(for query: ScreeningQuery, entity: Entity, weakAlias: Bool) -> [ScoreAdjustment] {
        var out = [ScoreAdjustment]()
        if weakAlias {
            out.append(ScoreAdjustment(kind: .weakAlias, delta: -0.08,
                                       reason: "matched a weak (low-quality) alias, which the list itself says produces false hits"))
        }
        if let date = query.birthDate, let adjustment = birthDate(date, listed: entity.birthDates) {
            out.append(adjustment)
        }
        if let adjustment = country(query, entity: entity) { out.append(adjustment) }
        if query.schema != .any {
            if query.schema.accepts(entity.schema) {
                out.append(ScoreAdjustment(kind: .schemaMatch, delta: 0.02,
                                           reason: "query is \(Self.article(query.schema.rawValue)); listed party is \(Self.article(entity.schema.rawValue))"))
            } else {
                out.append(ScoreAdjustment(kind: .schemaMismatch, delta: -0.15,
                                           reason: "query is \(Self.article(query.schema.rawValue)) but the listed party is \(Self.article(entity.schema.rawValue))"))
            }
        }
        if let adjustment = identifier(query.identifiers, listed: entity.identifiers) { out.append(adjustment) }
        return out
    }

    static func birthDate(_ date: PartialDate, listed: [BirthDate]) -> ScoreAdjustment? {
        guard !listed.isEmpty else { return nil }
        var best: ScoreAdjustment?
        func consider(_ delta: Double, _ reason: String) {
            if best == nil || delta > best!.delta { best = ScoreAdjustment(kind: .birthDateMatch, delta: delta, reason: reason) }
        }
        for birth in listed {
            if let to = birth.to {
                if (birth.from.year...max(birth.from.year, to.year)).contains(date.year) {
                    consider(0.04, "birth year \(date.year) is within the listed range \(birth)")
                }
                continue
            }
            let from = birth.from
            if from.year == date.year {
                switch (from.month, date.month, from.day, date.day) {
                case let (m1?, m2?, d1?, d2?) where m1 == m2 && d1 == d2:
                    consider(0.08, "birth date \(date.iso) matches the listed \(from.iso)")
                case let (m1?, m2?, _, _) where m1 != m2:
                    consider(0.01, "birth year \(date.year) matches the listed \(from.iso), but the month differs")
                case let (_, _, d1?, d2?) where d1 != d2:
                    consider(0.01, "birth year and month match the listed \(from.iso), but the day differs")
                default:
                    consider(0.05, "birth date \(date.iso) agrees with the listed \(from.iso) at the precision both give")
                }
            } else if abs(from.year - date.year) <= 1 && (birth.isApproximate || from.precision == .year) {
                consider(0.02, "birth year \(date.year) is within a year of the listed \(birth)")
            }
        }
        if let best { return best }
        let listedText = listed.map(\.description).joined(separator: ", ")
        return ScoreAdjustment(kind: .birthDateMismatch, delta: -0.15,
                               reason: "birth date \(date.iso) does not match any listed birth date (\(listedText))")
    }

    static func country(_ query: ScreeningQuery, entity: Entity) -> ScoreAdjustment? {
        guard let given = query.country, !given.isEmpty else { return nil }
        let code = query.countryCode
        var listed = [Country]()
        listed.append(contentsOf: entity.nationalities)
        listed.append(contentsOf: entity.citizenships)
        listed.append(contentsOf: entity.addresses.compactMap(\.country))
        guard !listed.isEmpty else { return nil }
        let hit = listed.first { country in
            if let code, let other = country.code { return code == other }
            return country.name.lowercased() == given.lowercased()
        }
        if let hit {
            return ScoreAdjustment(kind: .countryMatch, delta: 0.03,
                                   reason: "country \(code ?? given) matches the listed \(hit.name)")
        }
        var names = [String]()
        for country in listed where !names.contains(country.name) { names.append(country.name) }
        return ScoreAdjustment(kind: .countryMismatch, delta: -0.05,
                               reason: "country \(code ?? given) is not among the listed countries (\(names.prefix(5).joined(separator: "; ")))")
    }

    static func identifier(_ identifiers: [String], listed: [Identifier]) -> ScoreAdjustment? {
        guard !identifiers.isEmpty, !listed.isEmpty else { return nil }
        func fold(_ s: String) -> String { String(s.uppercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }) }
        let wanted = Set(identifiers.map(fold).filter { $0.count >= 4 })
        for id in listed where wanted.contains(fold(id.value)) {
            return ScoreAdjustment(kind: .identifierMatch, delta: 0.15,
                                   reason: "identifier \(id.value) matches the listed \(id.label ?? id.kind.rawValue)")
        }
        return nil
    }

    /// "a Person", "an Organization", "an Aircraft".
    static func article(_ word: String) -> String {
        ("AEIOU".contains(word.first ?? "x") ? "an " : "a ") + word
    }
}
