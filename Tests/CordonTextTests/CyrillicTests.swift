import Testing
@testable import CordonText

@Suite struct CyrillicTests {
    @Test func systems() {
        #expect(CyrillicRomanizer.romanize("Андреев", system: .bgnPcgn) == "Andreyev")
        #expect(CyrillicRomanizer.romanize("Андреев", system: .icao) == "Andreev")
        #expect(CyrillicRomanizer.romanize("Андреев", system: .iso9) == "Andreev")
        #expect(CyrillicRomanizer.romanize("Виталий", system: .bgnPcgn) == "Vitaliy")
        #expect(CyrillicRomanizer.romanize("Виталий", system: .scholarly) == "Vitalij")
        #expect(CyrillicRomanizer.romanize("Виталий", system: .popular) == "Vitaly")
        #expect(CyrillicRomanizer.romanize("Виталий", system: .icao) == "Vitalii")
        #expect(CyrillicRomanizer.romanize("Юрий", system: .bgnPcgn) == "Yuriy")
        #expect(CyrillicRomanizer.romanize("Юрий", system: .icao) == "Iurii")
        #expect(CyrillicRomanizer.romanize("Юрий", system: .scholarly) == "Jurij")
        #expect(CyrillicRomanizer.romanize("Юрий", system: .iso9) == "Ûrij")
        #expect(CyrillicRomanizer.romanize("Щукин", system: .bgnPcgn) == "Shchukin")
        #expect(CyrillicRomanizer.romanize("ЩУКИН", system: .bgnPcgn) == "SHCHUKIN")
        #expect(CyrillicRomanizer.romanize("Ерофеев Пётр", system: .bgnPcgn) == "Yerofeyev Petr")
        #expect(CyrillicRomanizer.romanize("Mixed Иван 42", system: .icao) == "Mixed Ivan 42")
    }

    @Test func variants() {
        let vitaly = CyrillicRomanizer.variants("Виталий")
        for expected in ["Vitaliy", "Vitalij", "Vitaly", "Vitalii", "Vitali"] { #expect(vitaly.contains(expected)) }
        let yuri = CyrillicRomanizer.variants("Юрий")
        for expected in ["Yuriy", "Iurii", "Jurij", "Yuri"] { #expect(yuri.contains(expected)) }
        #expect(CyrillicRomanizer.variants("Андреев").prefix(2) == ["Andreyev", "Andreev"])
        #expect(CyrillicRomanizer.variants("").isEmpty)
    }

    @Test(arguments: [
        ("Andreyev", "Andreev"), ("Vitaliy", "Vitalij"), ("Vitaly", "Vitalii"), ("Vitaliy", "Vitali"),
        ("Aleksandr", "Alexander"), ("Sergey", "Sergei"), ("Sergej", "Sergey"), ("Ivanov", "Ivanoff"),
        ("Zhanna", "Janna"), ("Khodorkovsky", "Hodorkovsky"), ("Tsoi", "Tzoi"), ("Yuriy", "Iurii"), ("Yuri", "Yuriy"),
        ("Yevgeny", "Evgeniy"), ("Pyotr", "Petr"), ("Mariya", "Maria"), ("Marija", "Maria"), ("Gennadiy", "Genadij"),
        ("Dmitriy", "Dmitry"), ("Alexei", "Aleksey"), ("Ûrij", "Yuriy"), ("Ščukin", "Shchukin"), ("Shchukin", "Schukin"),
        ("Tsvetkov", "Cvetkov"),
    ])
    func russianKeysAgree(a: String, b: String) {
        #expect(RussianNameKey.key(a) == RussianNameKey.key(b))
    }

    @Test func russianKeyKeepsDifferentNamesApart() {
        #expect(RussianNameKey.key("Ivanov") != RussianNameKey.key("Ivanova"))
        #expect(RussianNameKey.key("Sergey") != RussianNameKey.key("Sergeyev"))
        #expect(RussianNameKey.key("") == "")
        #expect(RussianNameKey.key("---") == "")
    }

    @Test func romanizedCyrillicKeysAgree() {
        for name in ["Андреев", "Виталий", "Юрий", "Щукин", "Евгений", "Жанна", "Ходорковский", "Цой"] {
            let keys = Set(CyrillicRomanizer.variants(name).filter { !$0.hasPrefix("J") }.map(RussianNameKey.key))
            #expect(keys.count == 1, "\(name): \(CyrillicRomanizer.variants(name))")
        }
    }
}
