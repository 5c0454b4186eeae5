/// Organization legal forms, folded so "Co., Ltd.", "Limited", "ООО" and "株式会社" become one
/// canonical token each. The matcher should down-weight these: two different companies often share
/// a legal form, and the same company is often listed with and without it.
public enum LegalForm: String, Sendable, Hashable, CaseIterable, Codable {
    case company = "co"
    case limited = "ltd"
    case limitedLiabilityCompany = "llc"
    case corporation = "corp"
    case incorporated = "inc"
    case jointStockCompany = "jsc"
    case gmbh = "gmbh"
    case aktiengesellschaft = "ag"
    case societeAnonyme = "sa"
    case publicLimitedCompany = "plc"
    case limitedLiabilityPartnership = "llp"
    case limitedPartnership = "lp"
    case besloten = "bv"
    case naamloze = "nv"
    case sarl = "sarl"
    case srl = "srl"
    case spa = "spa"
    case sas = "sas"
    case privateLimited = "pte"
    case proprietary = "pty"

    /// The canonical token that replaces every spelling of this form.
    public var token: String { rawValue }

    /// The legal form of one normalized token ("l.l.c." arrives as "llc"), if it is one.
    public static func classify(_ token: String) -> LegalForm? {
        single[token]
    }

    /// The longest legal-form phrase starting at `start` ("joint stock company"), with its length
    /// in tokens.
    public static func match<C: RandomAccessCollection>(_ tokens: C, at start: C.Index) -> (form: LegalForm, length: Int)?
    where C.Element == String {
        var best: (LegalForm, Int)?
        var words = [String]()
        var index = start
        while index != tokens.endIndex && words.count < maxPhraseLength {
            words.append(tokens[index])
            if let form = phrases[words.joined(separator: " ")] { best = (form, words.count) }
            tokens.formIndex(after: &index)
        }
        return best.map { (form: $0.0, length: $0.1) }
    }

    /// CJK legal forms are written attached to the name (北京某某有限公司, 주식회사삼성); these are
    /// split off by the tokenizer. Longest first so 股份有限公司 wins over 有限公司.
    static let attached: [(String, LegalForm)] = [
        ("股份有限公司", .jointStockCompany), ("有限责任公司", .limitedLiabilityCompany),
        ("有限責任公司", .limitedLiabilityCompany), ("株式会社", .jointStockCompany), ("주식회사", .jointStockCompany),
        ("有限公司", .limited), ("有限会社", .limited), ("유한회사", .limited), ("합동회사", .limitedLiabilityCompany),
        ("合同会社", .limitedLiabilityCompany), ("公司", .company), ("회사", .company),
    ]

    private static let maxPhraseLength = 4

    private static let table: [LegalForm: [String]] = [
        .company: ["co", "company", "cie", "compania", "compagnie", "companhia", "kompaniya", "компания", "societe", "公司", "회사"],
        .limited: ["ltd", "limited", "ltda", "有限公司", "有限会社", "유한회사"],
        .limitedLiabilityCompany: ["llc", "limited liability company", "ooo", "ооо", "tov", "тов", "тоо", "ood", "оод", "eood", "еоод",
                                   "有限责任公司", "有限責任公司", "合同会社", "합동회사"],
        .corporation: ["corp", "corporation"],
        .incorporated: ["inc", "incorporated"],
        .jointStockCompany: ["jsc", "ojsc", "cjsc", "pjsc", "zao", "oao", "pao", "ao", "пао", "оао", "зао", "ао", "пат", "ват", "прат",
                             "joint stock company", "open joint stock company", "closed joint stock company",
                             "public joint stock company", "public joint stock", "jointstock company", "株式会社", "주식회사", "股份有限公司",
                             "kabushiki kaisha", "kk", "chusik hoesa", "jusik hoesa"],
        .gmbh: ["gmbh"],
        .aktiengesellschaft: ["ag", "aktiengesellschaft"],
        .societeAnonyme: ["sa", "societe anonyme", "sociedad anonima", "sae"],
        .publicLimitedCompany: ["plc", "public limited company"],
        .limitedLiabilityPartnership: ["llp", "limited liability partnership"],
        .limitedPartnership: ["lp", "limited partnership"],
        .besloten: ["bv"],
        .naamloze: ["nv"],
        .sarl: ["sarl"],
        .srl: ["srl"],
        .spa: ["spa"],
        .sas: ["sas"],
        .privateLimited: ["pte"],
        .proprietary: ["pty"],
    ]

    private static let phrases: [String: LegalForm] = {
        var map = [String: LegalForm]()
        for (form, spellings) in table { for s in spellings { map[s] = form } }
        return map
    }()

    private static let single: [String: LegalForm] = phrases.filter { !$0.key.contains(" ") }
}
