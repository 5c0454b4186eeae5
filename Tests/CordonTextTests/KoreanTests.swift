import Testing
@testable import CordonText

@Suite struct KoreanTests {
    @Test func hangulDecomposition() throws {
        let kim = try #require(HangulSyllable("김"))
        #expect(kim.initial == 0 && kim.medial == 20 && kim.final == 16)
        #expect(kim.jamo == ["ㄱ", "ㅣ", "ㅁ"])
        let ga = try #require(HangulSyllable("가"))
        #expect(ga.initial == 0 && ga.medial == 0 && ga.final == 0)
        let last = try #require(HangulSyllable("힣"))
        #expect(last.initial == 18 && last.medial == 20 && last.final == 27)
        #expect(HangulSyllable("A") == nil)
        #expect(HangulSyllable("ㄱ") == nil)
        for v in stride(from: UInt32(0xAC00), through: 0xD7A3, by: 97) {
            let s = try #require(HangulSyllable(Unicode.Scalar(v)!))
            #expect(s.scalar.value == v)
        }
        #expect(HangulSyllable(initial: 19, medial: 0) == nil)
    }

    @Test func romanizesNames() {
        #expect(KoreanRomanizer.nameSpelling("김상만", system: .mccuneReischauerASCII) == "Kim Sang Man")
        #expect(KoreanRomanizer.nameSpelling("김상만", system: .revised) == "Gim Sang-man")
        #expect(KoreanRomanizer.nameSpelling("김정은", system: .northKorean) == "Kim Jong Un")
        #expect(KoreanRomanizer.nameSpelling("최룡해", system: .northKorean) == "Choe Ryong Hae")
        #expect(KoreanRomanizer.nameSpelling("태영호", system: .northKorean) == "Thae Yong Ho")
        #expect(KoreanRomanizer.nameSpelling("abc", system: .revised) == nil)
    }

    @Test func nameVariants() throws {
        let name = try #require(KoreanRomanizer.romanizeName("김상만"))
        #expect(name.familyName == "김")
        #expect(name.givenName == "상만")
        #expect(name.familySpellings.prefix(2) == ["Kim", "Gim"])
        #expect(name.givenSpellings.contains("Sang Man"))
        #expect(name.givenSpellings.contains("Sangman"))
        #expect(name.givenSpellings.contains("Sang-man"))
        let full = name.fullNames()
        #expect(full.first == "Kim Sang Man")
        #expect(full.contains("Gim Sang-man"))
        let twoSyllableSurname = try #require(KoreanRomanizer.romanizeName("남궁민수"))
        #expect(twoSyllableSurname.familyName == "남궁")
        #expect(KoreanRomanizer.romanizeName("Kim") == nil)
        #expect(KoreanRomanizer.romanizeName("") == nil)
    }

    @Test func romanizesPlaces() {
        #expect(KoreanRomanizer.romanize("평양", system: .mccuneReischauer) == "P'yŏngyang")
        #expect(KoreanRomanizer.romanize("평양", system: .mccuneReischauerASCII) == "Pyongyang")
        #expect(KoreanRomanizer.romanize("평양", system: .revised) == "Pyeongyang")
        #expect(KoreanRomanizer.romanize("진영", system: .mccuneReischauerASCII) == "Chinyong")
        #expect(KoreanRomanizer.romanize("진영", system: .revised) == "Jinyeong")
        #expect(KoreanRomanizer.romanize("신라", system: .mccuneReischauerASCII) == "Silla")
        #expect(KoreanRomanizer.romanize("부산", system: .revised) == "Busan")
        #expect(KoreanRomanizer.romanize("부산", system: .mccuneReischauerASCII) == "Pusan")
        #expect(KoreanRomanizer.romanize("조선 2호", system: .revised) == "Joseon 2Ho")
        let variants = KoreanRomanizer.variants("평양")
        #expect(variants.contains("Pyongyang") && variants.contains("Pyeongyang") && variants.contains("P'yŏngyang"))
        #expect(variants.contains("Phyongyang"))
    }

    @Test func surnameTable() {
        #expect(KoreanRomanizer.surnameSpellings("이").contains("Lee"))
        #expect(KoreanRomanizer.surnames(forLatin: "Lee").contains("이"))
        #expect(KoreanRomanizer.surnames(forLatin: "ri") == ["이", "리"])
        #expect(KoreanRomanizer.surnames(forLatin: "Park") == ["박"])
        #expect(KoreanRomanizer.surnames(forLatin: "Smith").isEmpty)
    }

    @Test(arguments: [
        ("Kim", "Gim"), ("Chinyong", "Jinyong"), ("Chinyong", "Jinyeong"), ("Pyongyang", "Pyeongyang"),
        ("P'yŏngyang", "Pyongyang"), ("Phyongyang", "Pyongyang"), ("Choe", "Choi"), ("Lee", "Ri"), ("Yi", "I"),
        ("Rhee", "Lee"), ("Park", "Pak"), ("Bak", "Pak"), ("Jong", "Jeong"), ("Jung", "Jeong"), ("Chung", "Jong"),
        ("Thae", "Tae"), ("Phyo", "Pyo"), ("Ryu", "Yoo"), ("Ahn", "An"), ("Oh", "O"), ("Suh", "So"), ("Hur", "Heo"),
        ("Byun", "Pyon"), ("Hyun", "Hyon"), ("Kwon", "Gwon"), ("Paik", "Baek"), ("Rodong", "Nodong"),
        ("Kaesong", "Gaeseong"), ("Chongjin", "Cheongjin"), ("Kimjongun", "Gimjeongeun"), ("Moon", "Mun"),
        ("Yoon", "Yun"), ("Woo", "U"), ("Shin", "Sin"), ("Lim", "Im"), ("Sohn", "Son"),
    ])
    func romanizationKeysAgree(a: String, b: String) throws {
        let ka = try #require(KoreanRomanizationKey.key(a))
        let kb = try #require(KoreanRomanizationKey.key(b))
        #expect(ka == kb)
    }

    @Test func keyConcatenates() throws {
        let joined = try #require(KoreanRomanizationKey.key("Sangman"))
        let sang = try #require(KoreanRomanizationKey.key("Sang"))
        let man = try #require(KoreanRomanizationKey.key("Man"))
        #expect(joined == sang + man)
        #expect(KoreanRomanizationKey.key("Sang-man") == joined)
        #expect(KoreanRomanizationKey.syllableKeys("Pyongyang") == ["pyonk", "yank"])
        #expect(KoreanRomanizationKey.key("Choeryonghae") == KoreanRomanizationKey.key(joining: ["Choe", "Ryong", "Hae"]))
        #expect(KoreanRomanizationKey.key("Choeryonghae") == KoreanRomanizationKey.key(joining: ["Choi", "Ryong-hae"]))
        #expect(KoreanRomanizationKey.key("Kimilsung") == KoreanRomanizationKey.key(joining: ["Kim", "Il", "Song"]))
        #expect(KoreanRomanizationKey.key("Pyongyang") == KoreanRomanizationKey.key(joining: ["Pyong", "Yang"]))
        #expect(KoreanRomanizationKey.key(joining: ["Kim", "Jong", "Un"]) == KoreanRomanizationKey.key("Gimjeongeun"))
        #expect(KoreanRomanizationKey.key(joining: []) == nil)
        #expect(KoreanRomanizationKey.syllableKeys("Jinyeong")?.count == 2)
    }

    @Test func keyDistinguishesDifferentNames() {
        #expect(KoreanRomanizationKey.key("Kim") != KoreanRomanizationKey.key("Pak"))
        #expect(KoreanRomanizationKey.key("Sangman") != KoreanRomanizationKey.key("Sangmin"))
        #expect(KoreanRomanizationKey.key("Pyongyang") != KoreanRomanizationKey.key("Pyongsong"))
    }

    @Test func plausibility() {
        #expect(KoreanRomanizationKey.isPlausibleKorean("Chinyong"))
        #expect(KoreanRomanizationKey.isPlausibleKorean("Sangman"))
        #expect(KoreanRomanizationKey.isPlausibleKorean("Kim"))
        #expect(!KoreanRomanizationKey.isPlausibleKorean("Andreyev"))
        #expect(!KoreanRomanizationKey.isPlausibleKorean("Schwarzenegger"))
        #expect(!KoreanRomanizationKey.isPlausibleKorean("Strasse"))
        #expect(!KoreanRomanizationKey.isPlausibleKorean("110"))
        #expect(!KoreanRomanizationKey.isPlausibleKorean(""))
        #expect(!KoreanRomanizationKey.isPlausibleKorean("김상만"))
        #expect(KoreanRomanizationKey.key(String(repeating: "kim", count: 100)) == nil)
    }

    @Test func romanizedHangulKeysMatchListSpellings() throws {
        for system in KoreanRomanizationSystem.allCases {
            let latin = KoreanRomanizer.romanize("평양", system: system)
            #expect(KoreanRomanizationKey.key(latin) == KoreanRomanizationKey.key("PYONGYANG"), "\(system)")
        }
    }
}
