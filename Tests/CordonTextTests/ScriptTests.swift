import Testing
@testable import CordonText

@Suite struct ScriptTests {
    @Test func detection() {
        #expect(ScriptDetector.scripts(in: "Kim Jong Un") == [.latin])
        #expect(ScriptDetector.scripts(in: "Андреев") == [.cyrillic])
        #expect(ScriptDetector.scripts(in: "김정은") == [.hangul])
        #expect(ScriptDetector.scripts(in: "毛泽东") == [.han])
        #expect(ScriptDetector.scripts(in: "トヨタ") == [.kana])
        #expect(ScriptDetector.scripts(in: "محمد") == [.arabic])
        #expect(ScriptDetector.scripts(in: "שלום") == [.hebrew])
        #expect(ScriptDetector.scripts(in: "Αθήνα") == [.greek])
        #expect(ScriptDetector.scripts(in: "თბილისი") == [.georgian])
        #expect(ScriptDetector.scripts(in: "Երևան") == [.armenian])
        #expect(ScriptDetector.scripts(in: "กรุงเทพ") == [.thai])
        #expect(ScriptDetector.scripts(in: "मुंबई") == [.other])
        #expect(ScriptDetector.scripts(in: "123 - !") == [])
        #expect(ScriptDetector.scripts(in: "Kim 김 Ким") == [.latin, .hangul, .cyrillic])
        // Cyrillic "а" hidden in a Latin name: a common obfuscation.
        #expect(ScriptDetector.scripts(in: "Mаrtin") == [.latin, .cyrillic])
        #expect(ScriptDetector.dominantScript(of: "Ким Ир Jong") == .cyrillic)
        #expect(ScriptDetector.dominantScript(of: "") == nil)
        #expect(ScriptDetector.isLatin("Müller-Lüdenscheidt 3"))
        #expect(!ScriptDetector.isLatin("Müller Мюллер"))
        #expect(ScriptDetector.runs(in: "Kim 김정은 Ким").map(\.script) == [.latin, .hangul, .cyrillic])
    }

    @Test func transliteratesWithICU() {
        #expect(Transliterator.toLatin("Андреев") == "Andreyev")
        #expect(Transliterator.toLatin("Αλέξανδρος") == "Alexandros")
        #expect(Transliterator.toLatin("毛泽东") == "mao ze dong")
        #expect(Transliterator.toLatin("محمد") == "mhmd")
        #expect(Transliterator.toLatin("김정은") == "Kimjongun")
        #expect(Transliterator.toLatin("Kim Jong Un") == "Kim Jong Un")
        #expect(Transliterator.toLatin("") == "")
        #expect(Transliterator.icuLatin("東京") == "dong jing")
    }

    @Test func variants() {
        let korean = Transliterator.latinVariants("김상만")
        #expect(korean.first == "Kim Sang Man")
        #expect(korean.contains("Gim Sang-man"))
        let russian = Transliterator.latinVariants("Андреев Виталий")
        #expect(russian.contains("Andreyev Vitaliy"))
        #expect(russian.contains("Andreev Vitalii"))
        let place = Transliterator.latinVariants("평양")
        #expect(place.contains("Pyongyang") && place.contains("Pyeongyang"))
        #expect(Transliterator.latinVariants("Kim", limit: 0).isEmpty)
        #expect(Transliterator.latinVariants("").isEmpty)
        let mixed = Transliterator.latinVariants("Kim 김 Ким 金", limit: 8)
        #expect(!mixed.isEmpty && mixed.count <= 8)
    }

    @Test func badInput() {
        let long = String(repeating: "Андреев 김상만 محمد ", count: 400)
        #expect(Transliterator.toLatin(long).utf8.count > 1_000)
        #expect(Transliterator.latinVariants(long, limit: 4).count <= 4)
        #expect(Transliterator.toLatin("\u{0}\u{1F600}") == "\u{0}\u{1F600}")
        #expect(ScriptDetector.scripts(in: "\u{301}") == [])
    }
}
