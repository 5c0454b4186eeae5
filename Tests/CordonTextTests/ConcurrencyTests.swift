import Testing
@testable import CordonText

@Suite struct ConcurrencyTests {
    @Test func valueTypesAreUsableAcrossTasks() async {
        let normalizer = NameNormalizer()
        let names = ["김상만", "Андреев Виталий", "Jinyong IT Cooperation Co., Ltd.", "محمد", "毛泽东"]
        let results = await withTaskGroup(of: Int.self) { group in
            for name in names {
                group.addTask {
                    let latin = Transliterator.toLatin(name)
                    let tokens = normalizer.significantTokens(latin)
                    return tokens.compactMap(KoreanRomanizationKey.key).count + tokens.count
                }
            }
            var total = 0
            for await r in group { total += r }
            return total
        }
        #expect(results > 0)
    }
}
