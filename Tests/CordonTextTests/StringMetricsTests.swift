import Testing
@testable import CordonText

@Suite struct StringMetricsTests {
    @Test func jaroWinklerPublishedVectors() {
        #expect(abs(StringMetrics.jaroWinkler("MARTHA", "MARHTA") - 0.961) < 0.001)
        #expect(abs(StringMetrics.jaroWinkler("DWAYNE", "DUANE") - 0.84) < 0.001)
        #expect(abs(StringMetrics.jaroWinkler("DIXON", "DICKSONX") - 0.813) < 0.001)
        #expect(abs(StringMetrics.jaro("MARTHA", "MARHTA") - 0.944) < 0.001)
    }

    @Test func jaroEdgeCases() {
        #expect(StringMetrics.jaro("", "") == 1)
        #expect(StringMetrics.jaro("abc", "") == 0)
        #expect(StringMetrics.jaro("abc", "xyz") == 0)
        #expect(StringMetrics.jaroWinkler("kim", "kim") == 1)
        #expect(StringMetrics.jaro("a", "a") == 1)
    }

    @Test func levenshtein() {
        #expect(StringMetrics.levenshtein("kitten", "sitting") == 3)
        #expect(StringMetrics.levenshtein("", "abc") == 3)
        #expect(StringMetrics.levenshtein("abc", "") == 3)
        #expect(StringMetrics.levenshtein("flaw", "lawn") == 2)
        #expect(StringMetrics.levenshtein("Андреев", "Андреева") == 1)
        #expect(StringMetrics.levenshtein("김상만", "김상민") == 1)
    }

    @Test func levenshteinCutoff() {
        #expect(StringMetrics.levenshtein("kitten", "sitting", maxDistance: 3) == 3)
        #expect(StringMetrics.levenshtein("kitten", "sitting", maxDistance: 1) == 2)
        #expect(StringMetrics.levenshtein("a", "abcdefgh", maxDistance: 2) == 3)
        #expect(StringMetrics.levenshtein("abcdef", "uvwxyz", maxDistance: 0) == 1)
    }

    @Test func damerauLevenshtein() {
        #expect(StringMetrics.damerauLevenshtein("mohammed", "mohmamed") == 1)
        #expect(StringMetrics.levenshtein("mohammed", "mohmamed") == 2)
        #expect(StringMetrics.damerauLevenshtein("ca", "abc") == 3)  // OSA, not unrestricted DL
        #expect(StringMetrics.damerauLevenshtein("abcdef", "badcfe") == 3)
        #expect(StringMetrics.damerauLevenshtein("", "") == 0)
        #expect(StringMetrics.damerauLevenshtein("abcdef", "uvwxyz", maxDistance: 2) == 3)
    }

    @Test func byteAndScalarArraysAgree() {
        let a = Array("pyongyang".utf8), b = Array("pyeongyang".utf8)
        #expect(StringMetrics.levenshtein(a, b) == 1)
        #expect(StringMetrics.jaroWinkler(a, b) == StringMetrics.jaroWinkler("pyongyang", "pyeongyang"))
        let sa = StringMetrics.scalars("Kim Jong Un"), sb = StringMetrics.scalars("Kim Jong-un")
        #expect(StringMetrics.damerauLevenshtein(sa, sb) == 2)
    }

    @Test func similarity() {
        #expect(StringMetrics.similarity("", "") == 1)
        #expect(StringMetrics.similarity("abcd", "abcd") == 1)
        #expect(StringMetrics.similarity("abcd", "wxyz") == 0)
        #expect(abs(StringMetrics.similarity("kitten", "sitting") - (1 - 3.0 / 7)) < 1e-9)
    }

    @Test func longInputsDoNotCrash() {
        let a = String(repeating: "ab", count: 1_000), b = String(repeating: "ba", count: 1_000)
        #expect(StringMetrics.levenshtein(a, b, maxDistance: 5) == 2)
        let c = String(repeating: "a", count: 10_000), d = String(repeating: "b", count: 10_000)
        #expect(StringMetrics.levenshtein(c, d, maxDistance: 5) == 6)
        #expect(StringMetrics.damerauLevenshtein(c, d, maxDistance: 5) == 6)
        #expect(StringMetrics.jaroWinkler(a, b) > 0.5)
    }
}
