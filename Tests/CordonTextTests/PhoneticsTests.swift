import Testing
@testable import CordonText

@Suite struct PhoneticsTests {
    @Test(arguments: [
        ("Robert", "R163"), ("Rupert", "R163"), ("Rubin", "R150"), ("Ashcraft", "A261"), ("Ashcroft", "A261"),
        ("Tymczak", "T522"), ("Pfister", "P236"), ("Honeyman", "H555"), ("Lee", "L000"), ("Gutierrez", "G362"),
        ("Jackson", "J250"), ("Washington", "W252"),
    ])
    func soundexVectors(name: String, code: String) {
        #expect(Soundex.code(name) == code)
    }

    @Test func soundexBadInput() {
        #expect(Soundex.code("") == nil)
        #expect(Soundex.code("---") == nil)
        #expect(Soundex.code("Андреев") == nil)
        #expect(Soundex.code("o'brien") == Soundex.code("OBrien"))
    }

    @Test func phoneticKeyMergesRomanizations() {
        #expect(PhoneticKey.key("muhammad") == PhoneticKey.key("mohamed"))
        #expect(PhoneticKey.key("mohd") == PhoneticKey.key("muhammad"))
        #expect(PhoneticKey.key("kim") == PhoneticKey.key("gim"))
        #expect(PhoneticKey.key("chinyong") == PhoneticKey.key("jinyong"))
        #expect(PhoneticKey.key("pyongyang") == PhoneticKey.key("pyeongyang"))
        #expect(PhoneticKey.key("khodorkovsky") == PhoneticKey.key("hodorkovsky"))
        #expect(PhoneticKey.key("andreyev") == PhoneticKey.key("andreev"))
        #expect(PhoneticKey.key("zhukov") == PhoneticKey.key("jukov"))
        #expect(PhoneticKey.key("smith") != PhoneticKey.key("jones"))
        #expect(PhoneticKey.key("") == "")
    }
}
