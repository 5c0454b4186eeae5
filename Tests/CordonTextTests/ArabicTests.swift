import Testing
@testable import CordonText

@Suite struct ArabicTests {
    @Test func givenNameGroups() {
        let groups: [[String]] = [
            ["mohammed", "muhammad", "mohamed", "mohamad", "mohammad", "muhammed", "mohd"],
            ["hussein", "husain", "hussain", "husayn"], ["osama", "usama"], ["omar", "umar"],
            ["yusuf", "youssef", "yousef"], ["ahmed", "ahmad"], ["abu", "abou"], ["hassan", "hasan"],
            ["khaled", "khalid"], ["ibrahim", "ebrahim"], ["abdul", "abdel", "abd"],
        ]
        for group in groups {
            let canonical = Set(group.map(ArabicNameVariants.canonical))
            #expect(canonical.count == 1, "\(group)")
        }
        #expect(ArabicNameVariants.canonical("ali") == "ali")
        #expect(ArabicNameVariants.canonical("smith") == "smith")
        #expect(ArabicNameVariants.canonical("hussein") != ArabicNameVariants.canonical("hassan"))
        #expect(ArabicNameVariants.variants(of: "mohd").first == "muhammad")
        #expect(ArabicNameVariants.isKnown("usama"))
    }

    @Test func abdForms() {
        let expected = ["abd", "rahman"]
        #expect(ArabicNameVariants.canonicalize(["abd", "al", "rahman"]) == expected)
        #expect(ArabicNameVariants.canonicalize(["abdul", "rahman"]) == expected)
        #expect(ArabicNameVariants.canonicalize(["abdel", "rahman"]) == expected)
        #expect(ArabicNameVariants.canonicalize(["abdulrahman"]) == expected)
        #expect(ArabicNameVariants.canonicalize(["abdurrahman"]) == expected)
        #expect(ArabicNameVariants.canonicalize(["abd", "ar", "rahman"]) == expected)
        #expect(ArabicNameVariants.canonicalize(["abdullah", "azzam"]) == ["abdullah", "azzam"])
        #expect(ArabicNameVariants.canonicalize(["abdallah"]) == ["abdullah"])
        #expect(ArabicNameVariants.canonicalize(["usama", "bin", "laden"]) == ["usama", "bin", "laden"])
        #expect(ArabicNameVariants.canonicalize(["osama", "ibn", "ladin"]) == ["usama", "bin", "ladin"])
        #expect(ArabicNameVariants.canonicalize([]) == [])
        #expect(ArabicNameVariants.canonicalize(["abd"]) == ["abd"])
        #expect(ArabicNameVariants.canonicalize(["abd", "al"]) == ["abd", "al"])
    }
}
