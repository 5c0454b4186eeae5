/// Latin spellings of one Hangul personal name, split into family and given name so the matcher
/// can align them with list entries written surname-first (KIM Sang Man) or surname-last.
public struct KoreanNameRomanization: Sendable, Hashable {
    public var familyName: String
    public var givenName: String
    /// Usual surname spellings first (Kim, Gim), then the systematic ones.
    public var familySpellings: [String]
    /// Each system's given name written apart, together and hyphenated: "Sang Man", "Sangman", "Sang-man".
    public var givenSpellings: [String]

    public init(familyName: String, givenName: String, familySpellings: [String], givenSpellings: [String]) {
        self.familyName = familyName
        self.givenName = givenName
        self.familySpellings = familySpellings
        self.givenSpellings = givenSpellings
    }

    /// Full names surname-first, paired system by system before the cross product, capped at `limit`
    /// because the cross product grows quickly and later pairs are rare in real data.
    public func fullNames(limit: Int = 24) -> [String] {
        var out = [String]()
        func add(_ s: String) { if out.count < limit && !out.contains(s) { out.append(s) } }
        if givenName.isEmpty { familySpellings.prefix(limit).forEach(add); return out }
        for f in familySpellings { for g in givenSpellings { add(f + " " + g) } }
        return out
    }
}
