import CordonModel
import CordonText
import Foundation

/// Every listed name in every written form, with an inverted index from
/// vocabulary units (tokens, joined pairs, acronyms) to names, and the lookup
/// structures that find a query token's similar vocabulary without a scan:
/// deletion hashes for typos and romanization keys for transliteration variants.
final class NameIndex: Sendable {
    let entities: [Entity]
    let entityVersion: [Int32]
    let entityPositions: [EntityID: Int]
    let versions: [String]
    let names: [IndexedName]
    let vocabulary: [String]
    let features: [TokenFeatures]
    let vocabIDs: [String: Int32]
    let postings: [[Int32]]
    let deletionHashes: [UInt64]
    let deletionVocab: [Int32]
    let keyIDs: [String: Int32]
    let keyMembers: [[Int32]]
    /// Weight of each single token by vocabulary id (0 for joined and acronym units).
    let singleWeights: [Float]
    /// Weight of a query word that is not in the vocabulary at all: as rare as the rarest.
    let unknownWeight: Float
    /// Tokens weighing less than this appear in more than 0.5% of parties (Kim, Korea, Trading).
    let commonWeight: Float

    /// Vocabulary keys carry the unit kind, so "sangman" the word and "sang man"
    /// written together are distinct entries with their own similarity rules.
    static func vocabularyKey(_ text: String, _ kind: NameUnit.Kind) -> String {
        switch kind {
        case .single: text
        case .joined: "\u{2}" + text
        case .acronym: "\u{1}" + text
        }
    }
    static let legalFormWeight: Float = 0.4

    struct NameJob: Sendable {
        var entity: Int32
        var nameIndex: Int32
        var text: String
        var isWeak: Bool
        var acronyms: Bool
    }

    init(snapshots: [ListSnapshot], excluding excluded: Set<NameReference> = []) {
        var entities = [Entity]()
        var entityVersion = [Int32]()
        var versions = [String]()
        for (v, snapshot) in snapshots.enumerated() {
            versions.append(snapshot.versionLabel)
            entities.append(contentsOf: snapshot.entities)
            entityVersion.append(contentsOf: repeatElement(Int32(v), count: snapshot.entities.count))
        }
        var jobs = [NameJob]()
        for (e, entity) in entities.enumerated() {
            for (n, name) in entity.names.enumerated() {
                if !excluded.isEmpty, excluded.contains(NameReference(entity: entity.id, name: name.full)) { continue }
                jobs.append(NameJob(entity: Int32(e), nameIndex: Int32(n), text: name.full, isWeak: name.isWeak,
                                    acronyms: entity.schema != .person))
            }
        }
        let analyzer = NameAnalyzer()
        let analyzed = ParallelMap.map(jobs) { analyzer.forms(of: $0.text) }

        var documentFrequency = [String: Int32]()
        var previousEntity: Int32 = -1
        var seen = Set<String>()
        for (j, job) in jobs.enumerated() {
            if job.entity != previousEntity {
                for t in seen { documentFrequency[t, default: 0] += 1 }
                seen.removeAll(keepingCapacity: true)
                previousEntity = job.entity
            }
            for form in analyzed[j] { for token in form.tokens { seen.insert(token.text) } }
        }
        for t in seen { documentFrequency[t, default: 0] += 1 }
        let entityCount = Float(max(entities.count, 1))
        func weight(_ token: AnalyzedToken) -> Float {
            let df = Float(documentFrequency[token.text] ?? 1)
            let idf = max(0.3, log(entityCount / df))
            switch token.role {
            case .word, .number: return idf
            case .particle: return min(idf, 1.0)
            case .legalForm: return Self.legalFormWeight
            }
        }

        var vocabulary = [String]()
        var vocabIDs = [String: Int32]()
        var vocabKinds = [NameUnit.Kind]()
        var singleWeights = [Float]()
        var postings = [[Int32]]()
        var names = [IndexedName]()
        func intern(_ unit: NameUnit) -> Int32 {
            let key = Self.vocabularyKey(unit.text, unit.kind)
            if let id = vocabIDs[key] { return id }
            let id = Int32(vocabulary.count)
            vocabIDs[key] = id
            vocabulary.append(unit.text)
            vocabKinds.append(unit.kind)
            singleWeights.append(0)
            postings.append([])
            return id
        }
        for (j, job) in jobs.enumerated() {
            for form in analyzed[j] {
                let weights = form.tokens.map(weight)
                let units = NameUnit.units(of: form.tokens, weights: weights, acronyms: job.acronyms)
                let nameID = Int32(names.count)
                var indexedUnits = [IndexedUnit]()
                indexedUnits.reserveCapacity(units.count)
                var tokenIDs = [Int32]()
                for unit in units {
                    let id = intern(unit)
                    if unit.kind == .single {
                        tokenIDs.append(id)
                        singleWeights[Int(id)] = unit.weight
                    }
                    if postings[Int(id)].last != nameID { postings[Int(id)].append(nameID) }
                    indexedUnits.append(IndexedUnit(vocab: id, mask: unit.mask, weight: unit.weight))
                }
                names.append(IndexedName(entity: job.entity, nameIndex: job.nameIndex, form: form.text,
                                         isTransliterated: form.isTransliterated, isWeak: job.isWeak,
                                         tokens: tokenIDs, tokenWeights: weights, units: indexedUnits,
                                         totalWeight: weights.reduce(0, +)))
            }
        }

        let vocabItems = Array(zip(vocabulary, vocabKinds))
        let keyStrings = ParallelMap.map(vocabItems) { TokenKeys(text: $0.0, kind: $0.1) }
        var keyIDs = [String: Int32]()
        var keyMembers = [[Int32]]()
        func internKey(_ key: String?, _ vocab: Int) -> Int32 {
            guard let key else { return TokenFeatures.noKey }
            if let id = keyIDs[key] { keyMembers[Int(id)].append(Int32(vocab)); return id }
            let id = Int32(keyMembers.count)
            keyIDs[key] = id
            keyMembers.append([Int32(vocab)])
            return id
        }
        var features = [TokenFeatures]()
        features.reserveCapacity(vocabulary.count)
        var hashPairs = [(UInt64, Int32)]()
        for (v, text) in vocabulary.enumerated() {
            let keys = keyStrings[v]
            let scalars = text.unicodeScalars.map(\.value)
            features.append(TokenFeatures(
                scalars: scalars, isAcronym: vocabKinds[v] == .acronym, isJoined: vocabKinds[v] == .joined,
                isNumber: text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 },
                koreanKey: internKey(keys.korean, v), russianKey: internKey(keys.russian, v),
                arabicKey: internKey(keys.arabic, v), phoneticKey: internKey(keys.phonetic, v),
                stemKey: internKey(keys.stem, v)))
            if vocabKinds[v] == .single {
                for h in DeletionHash.hashes(scalars) { hashPairs.append((h, Int32(v))) }
            }
        }
        hashPairs.sort { $0.0 < $1.0 }

        self.entities = entities
        self.entityVersion = entityVersion
        var positions = [EntityID: Int](minimumCapacity: entities.count)
        for (i, e) in entities.enumerated() where positions[e.id] == nil { positions[e.id] = i }
        self.entityPositions = positions
        self.versions = versions
        self.names = names
        self.vocabulary = vocabulary
        self.features = features
        self.vocabIDs = vocabIDs
        self.postings = postings
        self.deletionHashes = hashPairs.map(\.0)
        self.deletionVocab = hashPairs.map(\.1)
        self.keyIDs = keyIDs
        self.keyMembers = keyMembers
        self.singleWeights = singleWeights
        self.unknownWeight = log(entityCount)
        self.commonWeight = log(1 / 0.005)
    }

    /// Features of a query unit, with key ids looked up (never added): a key
    /// the index has never seen cannot equal any vocabulary key.
    func features(of unit: NameUnit) -> TokenFeatures {
        // A query word the lists already use has its features computed at
        // index time; the romanization keys are the costly part of a query.
        if let id = vocabIDs[Self.vocabularyKey(unit.text, unit.kind)] { return features[Int(id)] }
        let keys = TokenKeys(text: unit.text, kind: unit.kind)
        func lookup(_ key: String?) -> Int32 {
            guard let key else { return TokenFeatures.noKey }
            return keyIDs[key] ?? -2
        }
        return TokenFeatures(
            scalars: unit.text.unicodeScalars.map(\.value), isAcronym: unit.kind == .acronym, isJoined: unit.kind == .joined,
            isNumber: unit.text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 },
            koreanKey: lookup(keys.korean), russianKey: lookup(keys.russian), arabicKey: lookup(keys.arabic),
            phoneticKey: lookup(keys.phonetic), stemKey: lookup(keys.stem))
    }

    /// Vocabulary ids that might be similar to a query unit: the same text as
    /// any kind of unit (a query word against two listed words written together,
    /// a query word against listed initials), one edit away, or sharing a
    /// romanization key.
    func similarVocabulary(to unit: NameUnit, features f: TokenFeatures) -> [Int32] {
        var out = [Int32]()
        for kind in [NameUnit.Kind.single, .joined, .acronym] {
            if let id = vocabIDs[Self.vocabularyKey(unit.text, kind)] { out.append(id) }
        }
        for key in [f.koreanKey, f.russianKey, f.arabicKey, f.phoneticKey, f.stemKey] where key >= 0 {
            out.append(contentsOf: keyMembers[Int(key)])
        }
        if unit.kind == .single {
            for h in DeletionHash.hashes(f.scalars) {
                var lo = 0, hi = deletionHashes.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if deletionHashes[mid] < h { lo = mid + 1 } else { hi = mid }
                }
                while lo < deletionHashes.count && deletionHashes[lo] == h {
                    out.append(deletionVocab[lo])
                    lo += 1
                }
            }
        }
        return out
    }

    func text(ofVocabulary id: Int32) -> String { vocabulary[Int(id)] }
}
