import CordonModel

/// Every sanctioned wallet address of a set of loaded lists, keyed for exact
/// lookup. Built once per list version and then only read, so it is a value
/// that can be shared across tasks and screened against without locks.
///
/// Keys are ``AddressValidator/normalize(_:)`` forms: case is folded where the
/// format ignores it and kept where it carries meaning (Base58). Bitcoin Cash
/// addresses are indexed under their CashAddr and legacy spellings both.
/// A listed string that is no valid address is indexed as written, since the
/// list still names it and a screen of that exact string must hit.
public struct AddressBook: Sendable {
    private var entriesByKey: [String: [AddressBookEntry]] = [:]
    /// Versions of the lists the book was built from, in the order given.
    public private(set) var lists: [String] = []
    /// Listings held, each counted once however many spellings index it.
    public private(set) var entryCount = 0

    /// An empty book, for callers that add listings one by one.
    public init() {}

    /// A book of every wallet on the given lists, from any source format.
    public init(_ snapshots: [ListSnapshot]) {
        for snapshot in snapshots { add(snapshot) }
    }

    /// Adds every wallet identifier of every entity in the snapshot. Listings
    /// already present (same party, asset, spelling and list version) are not
    /// added again, so loading a list twice or a source that repeats a wallet
    /// on a party does not double the matches.
    public mutating func add(_ snapshot: ListSnapshot) {
        let list = snapshot.versionLabel
        if !lists.contains(list) { lists.append(list) }
        for entity in snapshot.entities {
            for identifier in entity.identifiers where identifier.kind == .cryptoWallet {
                add(AddressBookEntry(entityID: entity.id, caption: entity.caption, programs: entity.programs,
                                     asset: identifier.asset, listedAs: identifier.value, list: list))
            }
        }
    }

    /// Adds one listing under its normalized key and any alternate spelling.
    public mutating func add(_ entry: AddressBookEntry) {
        let key = AddressValidator.normalize(entry.listedAs)
        guard !key.isEmpty else { return }
        guard insert(entry, under: key) else { return }
        entryCount += 1
        for alternate in AlternateSpelling.keys(forListed: entry.listedAs, asset: entry.asset) where alternate != key {
            insert(entry, under: alternate)
        }
    }

    @discardableResult
    private mutating func insert(_ entry: AddressBookEntry, under key: String) -> Bool {
        if entriesByKey[key]?.contains(entry) == true { return false }
        entriesByKey[key, default: []].append(entry)
        return true
    }

    /// Distinct lookup keys, alternate spellings included.
    public var keyCount: Int { entriesByKey.count }

    /// The hot path for callers that already hold normalized keys (a stream of
    /// transactions re-screened on every list update): one hash lookup, no
    /// validation, no allocation.
    public func entries(normalized key: String) -> [AddressBookEntry] {
        entriesByKey[key] ?? []
    }

    /// Cheapest yes/no for pre-filtering a stream before fetching details.
    public func contains(normalized key: String) -> Bool {
        entriesByKey[key] != nil
    }

    /// For callers that only need the hits and validate elsewhere, if at all;
    /// normalizing first makes letter case and the `bitcoincash:` prefix irrelevant.
    public func entries(for address: String) -> [AddressBookEntry] {
        entries(normalized: AddressValidator.normalize(address))
    }

    /// Validates and looks up. The lookup happens whatever the verdict, so an
    /// invalid or mistyped input that a list names verbatim still matches;
    /// the validation then tells the analyst what is wrong with it.
    public func screen(_ input: String, asset: AssetCode? = nil) -> AddressScreening {
        let validation = AddressValidator.validate(input, asset: asset)
        return AddressScreening(validation: validation, matches: entries(normalized: validation.normalized))
    }
}
