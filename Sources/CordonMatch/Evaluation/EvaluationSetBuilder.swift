import CordonModel
import CordonText

/// Makes a labeled evaluation set from real list data, reproducibly (fixed seed):
///
/// - positives: for a random sample of parties with several names, one name is
///   held out (removed from the index) and used as the query. Only names that
///   are another writing of a remaining name qualify: the same name in another
///   script (character-trigram Jaccard ≥ 0.35 once both are in Latin letters,
///   which rules out translations such as 설비개발부 / "Equipment Development
///   Department"), or a spelling variant (trigram Jaccard ≥ 0.5 with a
///   remaining name and the same words up to spelling (`sameWords`), but not the same
///   letters). A totally different alias ("Office 91" for
///   Lazarus Group) cannot be found from the other names and would measure
///   nothing.
/// - negatives: given names and surnames of listed persons, recombined at
///   random, kept only when no listed name contains both.
public enum EvaluationSetBuilder {
    public static func build(snapshots: [ListSnapshot], positives: Int = 400, negatives: Int = 1_000,
                             seed: UInt64 = 2025_11_19) -> [EvaluationCase] {
        var random = SplitMix64(seed: seed)
        let entities = snapshots.flatMap(\.entities)
        var cases = [EvaluationCase]()

        var order = Array(entities.indices)
        shuffle(&order, &random)
        for e in order where cases.count < positives {
            let entity = entities[e]
            guard entity.names.count >= 2 else { continue }
            var options = [(Name, String)]()
            for held in entity.names where !held.isWeak {
                let heldLatin = ScriptDetector.isLatin(held.full)
                let heldFold = fold(held.full)
                guard heldFold.count >= 4 else { continue }
                let others = entity.names.filter { $0.full != held.full }
                if others.contains(where: { fold($0.full) == heldFold }) { continue }
                if others.contains(where: { other in
                    ScriptDetector.isLatin(other.full) != heldLatin
                        && trigramJaccard(fold(Transliterator.toLatin(other.full)), fold(Transliterator.toLatin(held.full))) >= 0.35
                }) {
                    options.append((held, "other-script"))
                } else if others.contains(where: {
                    ScriptDetector.isLatin($0.full) == heldLatin && trigramJaccard(fold($0.full), heldFold) >= 0.5
                        && sameWords(held.full, $0.full)
                }) {
                    options.append((held, "spelling-variant"))
                }
            }
            guard !options.isEmpty else { continue }
            let (held, origin) = options[Int(random.next() % UInt64(options.count))]
            cases.append(EvaluationCase(kind: .positive, query: held.full, expected: entity.id, heldOut: held.full, origin: origin))
        }

        let normalizer = NameNormalizer()
        var given = Set<String>(), family = Set<String>()
        var namesByToken = [String: Set<Int>]()
        var nameCount = 0
        for entity in entities {
            for name in entity.names {
                let tokens = Set(normalizer.significantTokens(name.full))
                for t in tokens { namesByToken[t, default: []].insert(nameCount) }
                nameCount += 1
                guard entity.schema == .person, ScriptDetector.isLatin(name.full) else { continue }
                for part in name.parts {
                    let words = normalizer.significantTokens(part.value)
                    guard words.count == 1, let word = words.first, word.count >= 3,
                          word.allSatisfy({ $0.isLetter }) else { continue }
                    switch part.kind {
                    case .given: given.insert(word)
                    case .family: family.insert(word)
                    default: break
                    }
                }
            }
        }
        let givenList = given.sorted(), familyList = family.sorted()
        guard !givenList.isEmpty, !familyList.isEmpty else { return cases }
        var made = Set<String>()
        var attempts = 0
        while made.count < negatives && attempts < negatives * 50 {
            attempts += 1
            let g = givenList[Int(random.next() % UInt64(givenList.count))]
            let f = familyList[Int(random.next() % UInt64(familyList.count))]
            guard g != f else { continue }
            let both = (namesByToken[g] ?? []).intersection(namesByToken[f] ?? [])
            guard both.isEmpty else { continue }
            let query = capitalized(g) + " " + capitalized(f)
            guard made.insert(query).inserted else { continue }
            cases.append(EvaluationCase(kind: .negative, query: query, origin: "recombined"))
        }
        return cases
    }

    static func shuffle(_ items: inout [Int], _ random: inout SplitMix64) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = Int(random.next() % UInt64(i + 1))
            items.swapAt(i, j)
        }
    }

    /// Lowercase letters and digits of the words in sorted order: "KIM, Sang Man" and "Man Sang Kim" fold alike.
    static func fold(_ text: String) -> String {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init).sorted().joined()
    }

    /// Whether two names of one party are the same name written differently rather than two
    /// names that share letters: all the words of one (three letters or more; legal forms, titles
    /// and particles aside) have a counterpart in the other. A counterpart is a word, or two
    /// words written together, that begins with the word, that the word begins with, or that
    /// differs from it in at most 40% of its letters (x counted as ks). "RAMADAN, Nizar" /
    /// "RAMADAN, Nizar Abd-Al-Aziz", "Iran Oil Terminals" / "Iranian Oil Terminals" and
    /// "Chong Chon Gang" / "Chongchongang" qualify; a maiden name ("ARTAMANOVA, Evgeniya" /
    /// "BERNOVA, Evgeniya"), a translation ("Pishgam" / "Pioneer Energy Industries") or another
    /// word in the same place ("Ministry of Public Security" / "Ministry of People's Security")
    /// does not: each side has a word the other lacks.
    static func sameWords(_ a: String, _ b: String) -> Bool {
        let normalizer = NameNormalizer()
        func words(_ text: String) -> [[UInt32]] {
            normalizer.tokenize(text).filter { $0.isSignificant && $0.text.count >= 3 }.map {
                StringMetrics.scalars($0.text.replacingOccurrences(of: "x", with: "ks"))
            }
        }
        func allFound(_ x: [[UInt32]], in y: [[UInt32]]) -> Bool {
            var counterparts = y
            for i in y.indices { for j in y.indices where i != j { counterparts.append(y[i] + y[j]) } }
            return x.allSatisfy { w in counterparts.contains { alike(w, $0) } }
        }
        let wa = words(a), wb = words(b)
        guard !wa.isEmpty, !wb.isEmpty else { return false }
        return allFound(wa, in: wb) || allFound(wb, in: wa)
    }

    private static func alike(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        let shorter = min(a.count, b.count)
        if a.prefix(shorter) == b.prefix(shorter) { return true }
        return StringMetrics.damerauLevenshtein(a, b) * 5 <= max(a.count, b.count) * 2
    }

    static func trigramJaccard(_ a: String, _ b: String) -> Double {
        func grams(_ s: String) -> Set<String> {
            let chars = Array(s)
            guard chars.count >= 3 else { return [s] }
            return Set((0...(chars.count - 3)).map { String(chars[$0..<$0 + 3]) })
        }
        let x = grams(a), y = grams(b)
        let union = x.union(y).count
        return union == 0 ? 0 : Double(x.intersection(y).count) / Double(union)
    }

    private static func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
}
