import Testing
@testable import CordonText

@Suite struct NameNormalizerTests {
    let normalizer = NameNormalizer()

    @Test func basicFolding() {
        #expect(normalizer.normalize("  José   MARÍA  Aznar ") == "jose maria aznar")
        #expect(normalizer.normalize("Straße Ærø Łódź") == "strasse aero lodz")
        #expect(normalizer.normalize("O'Brien") == "obrien")
        #expect(normalizer.normalize("Ch'oe Ryong-hae") == "choe ryong hae")
        #expect(normalizer.normalize("P'yŏngyang") == "pyongyang")
        #expect(NameNormalizer(options: .joinHyphens).normalize("Sang-man") == "sangman")
        #expect(normalizer.normalize("ＫＩＭ　Ｊｏｎｇ") == "kim jong")  // full-width, NFKC
        #expect(normalizer.normalize("L.L.C.") == "llc")
        #expect(normalizer.normalize("J.P. Morgan & Co.") == "jp morgan and co")
        #expect(normalizer.normalize("١٢٣") == "123")
    }

    @Test func keepsNonLatinScripts() {
        #expect(normalizer.normalize("АНДРЕЕВ Андрей") == "андреев андрей")
        #expect(normalizer.normalize("Йошкар-Ола") == "йошкар ола")
        #expect(normalizer.normalize("김상만") == "김상만")
        #expect(normalizer.normalize("مُحَمَّد") == "محمد")
        #expect(normalizer.normalize("Αλέξανδρος") == "αλεξανδροσ")
        #expect(normalizer.normalize("ガンダム") == "ガンダム")
    }

    @Test func honorificsAndParticles() {
        let tokens = normalizer.tokenize("Sheikh Dr. Abu Bakr al-Baghdadi")
        #expect(tokens.map(\.text) == ["sheikh", "dr", "abu", "bakr", "al", "baghdadi"])
        #expect(tokens[0].kind == .honorific)
        #expect(tokens[1].kind == .honorific)
        #expect(tokens[2].kind == .word)
        #expect(tokens[4].kind == .particle)
        #expect(normalizer.significantTokens("Mr. Haji Mohammed bin Salman of the Kingdom") ==
                ["mohammed", "salman", "kingdom"])
    }

    @Test func legalFormsFolded() {
        let a = normalizer.tokenize("Chinyong Information Technology Cooperation Company")
        #expect(a.map(\.text) == ["chinyong", "information", "technology", "cooperation", "co"])
        #expect(a.last?.legalForm == .company)
        let b = normalizer.tokenize("Jinyong IT Cooperation Co., Ltd.")
        #expect(b.map(\.text) == ["jinyong", "it", "cooperation", "co", "ltd"])
        #expect(b.compactMap(\.legalForm) == [.company, .limited])
        #expect(normalizer.significantTokens("Jinyong IT Cooperation Co., Ltd.") == ["jinyong", "it", "cooperation"])

        let forms: [(String, LegalForm)] = [
            ("Limited", .limited), ("LLC", .limitedLiabilityCompany), ("L.L.C.", .limitedLiabilityCompany),
            ("Corp.", .corporation), ("Corporation", .corporation), ("Inc.", .incorporated), ("JSC", .jointStockCompany),
            ("OJSC", .jointStockCompany), ("PJSC", .jointStockCompany), ("ZAO", .jointStockCompany), ("OAO", .jointStockCompany),
            ("OOO", .limitedLiabilityCompany), ("ООО", .limitedLiabilityCompany), ("АО", .jointStockCompany),
            ("ПАО", .jointStockCompany), ("GmbH", .gmbh), ("S.A.", .societeAnonyme), ("有限公司", .limited),
            ("株式会社", .jointStockCompany), ("주식회사", .jointStockCompany),
        ]
        for (text, form) in forms {
            #expect(normalizer.tokenize(text).map(\.legalForm) == [form], "\(text)")
        }
    }

    @Test func multiWordAndAttachedLegalForms() {
        let t = normalizer.tokenize("Open Joint-Stock Company Rosneft")
        #expect(t.map(\.text) == ["jsc", "rosneft"])
        let llc = normalizer.tokenize("Sovcomflot Limited Liability Company")
        #expect(llc.map(\.text) == ["sovcomflot", "llc"])
        let chinese = normalizer.tokenize("北京华为有限公司")
        #expect(chinese.map(\.text) == ["北京华为", "ltd"])
        let korean = normalizer.tokenize("㈜삼성전자")
        #expect(korean.map(\.text) == ["jsc", "삼성전자"])
        let japanese = normalizer.tokenize("株式会社東芝")
        #expect(japanese.map(\.text) == ["jsc", "東芝"])
        let mixed = normalizer.tokenize("ООО «Ромашка»")
        #expect(mixed.map(\.text) == ["llc", "ромашка"])
    }

    @Test func ordinalsAndNumbers() {
        let t = normalizer.tokenize("110th Research Center")
        #expect(t.map(\.text) == ["110", "research", "center"])
        #expect(t[0].kind == .number)
        #expect(normalizer.significantTokens("Third Engineering Bureau") == ["3", "engineering", "bureau"])
        #expect(normalizer.significantTokens("Bureau III") == ["bureau", "3"])
        #expect(normalizer.significantTokens("3rd Bureau") == ["3", "bureau"])
        #expect(normalizer.significantTokens("Xi Jinping") == ["xi", "jinping"])
        #expect(normalizer.significantTokens("Unit 39") == ["unit", "39"])
        #expect(normalizer.significantTokens("Henry VIII") == ["henry", "8"])
        #expect(normalizer.tokenize("I").first?.kind == .word)
    }

    @Test func badInputNeverCrashes() {
        #expect(normalizer.normalize("") == "")
        #expect(normalizer.tokenize("").isEmpty)
        #expect(normalizer.tokenize("!!! --- ...").isEmpty)
        #expect(normalizer.normalize("a\u{0}b\u{7}c\u{200B}d\u{FEFF}") == "a b cd")
        #expect(normalizer.normalize("\u{301}\u{308}") == "")
        let long = String(repeating: "Ivanov Иванов 김 ", count: 700)
        #expect(long.utf8.count > 10_000)
        #expect(normalizer.tokenize(long).count == 2_100)
        #expect(normalizer.tokenize("Kim김Ivanov Иванов").map(\.text) == ["kim", "김", "ivanov", "иванов"])
        #expect(normalizer.normalize("😀 Kim 🇰🇵") == "kim")
    }
}
