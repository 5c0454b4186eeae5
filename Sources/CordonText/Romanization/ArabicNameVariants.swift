/// Folds the many Latin transcriptions of common Arabic (and Persian, Turkish, Urdu, Malay) name
/// elements to one canonical token, because these few elements (Muhammad alone has dozens of
/// spellings) dominate Arabic-name lists and otherwise drown real differences in edit distance.
///
/// Tokens are expected lowercase ASCII, as produced by `NameNormalizer`.
public enum ArabicNameVariants {
    /// The canonical token for a known variant ("mohammed" → "muhammad"), otherwise the token itself.
    public static func canonical(_ token: String) -> String {
        lookup[token] ?? token
    }

    /// Whether the token belongs to a known variant group.
    public static func isKnown(_ token: String) -> Bool {
        lookup[token] != nil
    }

    /// All known spellings of the token's group, canonical first; just the token when unknown.
    public static func variants(of token: String) -> [String] {
        guard let canonical = lookup[token], let group = groups.first(where: { $0[0] == canonical }) else { return [token] }
        return group
    }

    /// Canonicalizes a token sequence, also handling the multi-token and fused forms of "Abd al-":
    /// "abd al rahman", "abdul rahman", "abdel rahman", "abdurrahman" and "abdulrahman" all become
    /// ["abd", "rahman"]. Articles (al/el/ad/ar/as/ash/at/az/an/ud/ul) directly after "abd" are dropped.
    public static func canonicalize(_ tokens: [String]) -> [String] {
        var out = [String]()
        out.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if let (prefix, rest) = splitAbd(token) {
                out.append(prefix)
                if !rest.isEmpty { out.append(canonical(rest)) }
                i += 1
                if rest.isEmpty, i < tokens.count, articles.contains(tokens[i]), i + 1 < tokens.count { i += 1 }
                continue
            }
            out.append(canonical(token))
            i += 1
        }
        return out
    }

    private static let articles: Set<String> = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul", "ur", "us"]

    /// "abdulrahman" → ("abd", "rahman"); "abdul"/"abdel"/"abd" → ("abd", ""); nil otherwise.
    /// Abdullah/Abdallah is a name of its own (servant of God) and stays whole.
    private static func splitAbd(_ token: String) -> (String, String)? {
        if abdPrefixes.contains(token) { return ("abd", "") }
        if let known = lookup[token], known != "abd" { return nil }
        for prefix in abdPrefixes where token.hasPrefix(prefix) {
            let rest = String(token.dropFirst(prefix.count))
            if rest.count >= 3 { return ("abd", rest) }
        }
        return nil
    }

    private static let abdPrefixes: [String] = ["abdoul", "abdul", "abdel", "abdal", "abdol", "abdur", "abdus", "abd"]

    static let groups: [[String]] = [
        ["muhammad", "mohammed", "mohamed", "mohamad", "mohammad", "muhammed", "mohd", "muhamed", "muhamad",
         "mohamud", "mohummad", "mohammod", "mahomed", "mhd", "mohmed", "mouhamed", "mouhammad", "muhamet", "mehmet", "mehmed"],
        ["abd", "abdul", "abdel", "abdal", "abdoul", "abdol"],
        ["abdullah", "abdallah", "abdulla", "abdalla", "abdollah", "abdoulla", "abdoulah"],
        ["husayn", "hussein", "husain", "hussain", "hussien", "husein", "hossein", "hosein", "houssein", "hussin", "husin", "huseyin"],
        ["hasan", "hassan", "hassen", "hasen", "hasson"],
        ["usama", "osama", "usamah", "osamah", "oussama", "ousama"],
        ["umar", "omar", "omer", "umer", "omur"],
        ["yusuf", "youssef", "yousef", "yousif", "yusif", "youssouf", "yousuf", "yussuf", "yussef", "youcef", "yosef", "yusef", "yousof"],
        ["ahmad", "ahmed", "ahmet", "ahmat", "ahmid", "achmed", "ahamed"],
        ["abu", "abou", "abo"],
        ["ali", "aly", "alee"],
        ["khalid", "khaled", "khaleed", "halid", "khalit"],
        ["ibrahim", "ebrahim", "ibraheem", "ebraheem", "brahim", "ibragim", "ibrahima"],
        ["mahmud", "mahmoud", "mahmood", "mahmut"],
        ["mustafa", "mostafa", "moustafa", "mustapha", "moustapha", "mostapha", "mustofa"],
        ["said", "saeed", "saied", "saiid", "saeid", "sayeed"],
        ["hamid", "hameed", "hamed"],
        ["rahman", "rehman", "rahmon", "rachman"],
        ["rahim", "raheem", "rachim"],
        ["karim", "kareem", "karem", "kerim"],
        ["ismail", "ismael", "esmail", "ismayil", "ismoil", "smail"],
        ["jamal", "gamal", "jamaal", "djamal", "jamel"],
        ["nasir", "nasser", "naser", "nassir", "nacer", "nasseer"],
        ["faisal", "faysal", "feisal", "faycal", "faisel"],
        ["tariq", "tarek", "tareq", "tarik", "tarique"],
        ["salih", "saleh", "saaleh"],
        ["zayd", "zaid", "zeid", "zayed", "zeyd"],
        ["uthman", "othman", "osman", "usman", "othmane", "outhman", "uthmaan"],
        ["yahya", "yehia", "yahia", "yehya", "yahiya"],
        ["abbas", "abas"],
        ["aziz", "azeez"],
        ["hamza", "hamzah", "hamzeh"],
        ["jafar", "jaafar", "jafer", "djafar"],
        ["qasim", "qassim", "kasim", "kassem", "qasem", "kacem", "gasim"],
        ["sulayman", "suleiman", "sulaiman", "soliman", "sleiman", "suleyman", "suleman", "sulaymon"],
        ["bin", "ibn", "ben", "bn"],
        ["bint", "binti", "bte"],
        ["muhsin", "mohsen", "mohsin", "muhsen"],
        ["hafiz", "hafez", "hafeez"],
        ["rashid", "rasheed", "rachid", "rashed"],
        ["walid", "waleed", "oualid"],
        ["majid", "majeed", "magid", "maged", "madjid"],
        ["nur", "noor", "nour"],
        ["din", "deen", "eddine", "ddin", "uddin", "eddin"],
        ["allah", "ullah", "ollah", "alla"],
    ]

    private static let lookup: [String: String] = {
        var map = [String: String]()
        for group in groups {
            for variant in group where map[variant] == nil { map[variant] = group[0] }
        }
        return map
    }()
}
