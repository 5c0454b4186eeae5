/// Edit-distance and similarity measures for the matcher's hot path.
///
/// The core entry points take `UnsafeBufferPointer`s of any fixed-width integer (UTF-8 bytes or
/// Unicode scalar values) so the caller can precompute code arrays once per name and compare them
/// millions of times without re-decoding strings. Working memory comes from
/// `withUnsafeTemporaryAllocation`, which stays on the stack for name-sized inputs, so no call
/// allocates on the heap.
public enum StringMetrics {
    // MARK: Levenshtein

    /// Levenshtein distance. When `maxDistance` is given, returns `maxDistance + 1` as soon as the
    /// distance is known to exceed it, which lets the matcher reject most candidates after a few rows.
    @inlinable
    public static func levenshtein<T: FixedWidthInteger>(
        _ a: UnsafeBufferPointer<T>, _ b: UnsafeBufferPointer<T>, maxDistance: Int = .max
    ) -> Int {
        // Keep the shorter string in the row so the buffer is as small as possible.
        let (s, t) = a.count <= b.count ? (a, b) : (b, a)
        let n = s.count, m = t.count
        if m - n > maxDistance { return maxDistance &+ 1 }
        if n == 0 { return m }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: n + 1) { row in
            for i in 0...n { row[i] = i }
            for j in 1...m {
                var diagonal = row[0]
                row[0] = j
                var rowMin = j
                let tj = t[j - 1]
                for i in 1...n {
                    let above = row[i]
                    let cost = s[i - 1] == tj ? 0 : 1
                    var v = diagonal + cost
                    let ins = row[i - 1] + 1
                    if ins < v { v = ins }
                    let del = above + 1
                    if del < v { v = del }
                    row[i] = v
                    diagonal = above
                    if v < rowMin { rowMin = v }
                }
                if rowMin > maxDistance { return maxDistance &+ 1 }
            }
            let d = row[n]
            return d > maxDistance ? maxDistance &+ 1 : d
        }
    }

    @inlinable
    public static func levenshtein<T: FixedWidthInteger>(_ a: [T], _ b: [T], maxDistance: Int = .max) -> Int {
        a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in levenshtein(pa, pb, maxDistance: maxDistance) } }
    }

    /// Convenience over Unicode scalars; decodes both strings, so prefer the array forms in loops.
    public static func levenshtein(_ a: String, _ b: String, maxDistance: Int = .max) -> Int {
        levenshtein(scalars(a), scalars(b), maxDistance: maxDistance)
    }

    // MARK: Damerau–Levenshtein (optimal string alignment)

    /// Optimal-string-alignment distance: Levenshtein plus adjacent transpositions, the most
    /// common typing error in manually keyed names ("Mohammed"/"Mohmamed").
    @inlinable
    public static func damerauLevenshtein<T: FixedWidthInteger>(
        _ a: UnsafeBufferPointer<T>, _ b: UnsafeBufferPointer<T>, maxDistance: Int = .max
    ) -> Int {
        let (s, t) = a.count <= b.count ? (a, b) : (b, a)
        let n = s.count, m = t.count
        if m - n > maxDistance { return maxDistance &+ 1 }
        if n == 0 { return m }
        let width = n + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: width * 3) { buffer in
            var prev2 = buffer.baseAddress!
            var prev = prev2 + width
            var cur = prev + width
            for i in 0...n { prev[i] = i }
            for j in 1...m {
                cur[0] = j
                var rowMin = j
                let tj = t[j - 1]
                for i in 1...n {
                    let si = s[i - 1]
                    let cost = si == tj ? 0 : 1
                    var v = prev[i - 1] + cost
                    let ins = cur[i - 1] + 1
                    if ins < v { v = ins }
                    let del = prev[i] + 1
                    if del < v { v = del }
                    if i > 1 && j > 1 && si == t[j - 2] && s[i - 2] == tj {
                        let tr = prev2[i - 2] + 1
                        if tr < v { v = tr }
                    }
                    cur[i] = v
                    if v < rowMin { rowMin = v }
                }
                if rowMin > maxDistance { return maxDistance &+ 1 }
                let recycled = prev2
                prev2 = prev
                prev = cur
                cur = recycled
            }
            let d = prev[n]
            return d > maxDistance ? maxDistance &+ 1 : d
        }
    }

    @inlinable
    public static func damerauLevenshtein<T: FixedWidthInteger>(_ a: [T], _ b: [T], maxDistance: Int = .max) -> Int {
        a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in damerauLevenshtein(pa, pb, maxDistance: maxDistance) } }
    }

    /// Convenience over Unicode scalars; decodes both strings, so prefer the array forms in loops.
    public static func damerauLevenshtein(_ a: String, _ b: String, maxDistance: Int = .max) -> Int {
        damerauLevenshtein(scalars(a), scalars(b), maxDistance: maxDistance)
    }

    // MARK: Jaro / Jaro–Winkler

    /// Jaro similarity in [0, 1]; tolerant of the transpositions and dropped letters typical of
    /// short personal names.
    @inlinable
    public static func jaro<T: FixedWidthInteger>(_ a: UnsafeBufferPointer<T>, _ b: UnsafeBufferPointer<T>) -> Double {
        let la = a.count, lb = b.count
        if la == 0 && lb == 0 { return 1 }
        if la == 0 || lb == 0 { return 0 }
        let window = max(0, max(la, lb) / 2 - 1)
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: la + lb) { flags in
            flags.initialize(repeating: false)
            let aFlag = flags.baseAddress!
            let bFlag = aFlag + la
            var matches = 0
            for i in 0..<la {
                let lo = max(0, i - window), hi = min(lb - 1, i + window)
                if lo > hi { continue }
                let ai = a[i]
                for j in lo...hi where !bFlag[j] && b[j] == ai {
                    aFlag[i] = true
                    bFlag[j] = true
                    matches += 1
                    break
                }
            }
            if matches == 0 { return 0 }
            var transpositions = 0
            var k = 0
            for i in 0..<la where aFlag[i] {
                while !bFlag[k] { k += 1 }
                if a[i] != b[k] { transpositions += 1 }
                k += 1
            }
            let m = Double(matches)
            return (m / Double(la) + m / Double(lb) + (m - Double(transpositions / 2)) / m) / 3
        }
    }

    @inlinable
    public static func jaro<T: FixedWidthInteger>(_ a: [T], _ b: [T]) -> Double {
        a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in jaro(pa, pb) } }
    }

    /// Convenience over Unicode scalars; decodes both strings, so prefer the array forms in loops.
    public static func jaro(_ a: String, _ b: String) -> Double {
        jaro(scalars(a), scalars(b))
    }

    /// Jaro–Winkler: Jaro boosted for a shared prefix (up to `maxPrefix` characters, scale
    /// `prefixScale`), because name variants tend to agree at the start. Winkler's original
    /// applies the boost only above `boostThreshold` (0.7); pass 0 to always boost.
    @inlinable
    public static func jaroWinkler<T: FixedWidthInteger>(
        _ a: UnsafeBufferPointer<T>, _ b: UnsafeBufferPointer<T>,
        prefixScale: Double = 0.1, maxPrefix: Int = 4, boostThreshold: Double = 0.7
    ) -> Double {
        let j = jaro(a, b)
        if j <= boostThreshold { return j }
        let limit = min(maxPrefix, a.count, b.count)
        var prefix = 0
        while prefix < limit && a[prefix] == b[prefix] { prefix += 1 }
        return j + Double(prefix) * prefixScale * (1 - j)
    }

    @inlinable
    public static func jaroWinkler<T: FixedWidthInteger>(
        _ a: [T], _ b: [T], prefixScale: Double = 0.1, maxPrefix: Int = 4, boostThreshold: Double = 0.7
    ) -> Double {
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                jaroWinkler(pa, pb, prefixScale: prefixScale, maxPrefix: maxPrefix, boostThreshold: boostThreshold)
            }
        }
    }

    /// Convenience over Unicode scalars; decodes both strings, so prefer the array forms in loops.
    public static func jaroWinkler(_ a: String, _ b: String) -> Double {
        jaroWinkler(scalars(a), scalars(b))
    }

    // MARK: Normalized similarity

    /// 1 − Levenshtein / longer length, in [0, 1]; a length-independent score the matcher can
    /// threshold uniformly. Two empty strings are identical (1).
    @inlinable
    public static func similarity<T: FixedWidthInteger>(_ a: UnsafeBufferPointer<T>, _ b: UnsafeBufferPointer<T>) -> Double {
        let longest = max(a.count, b.count)
        if longest == 0 { return 1 }
        return 1 - Double(levenshtein(a, b)) / Double(longest)
    }

    @inlinable
    public static func similarity<T: FixedWidthInteger>(_ a: [T], _ b: [T]) -> Double {
        a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in similarity(pa, pb) } }
    }

    /// Convenience over Unicode scalars; decodes both strings, so prefer the array forms in loops.
    public static func similarity(_ a: String, _ b: String) -> Double {
        similarity(scalars(a), scalars(b))
    }

    /// Unicode scalar values of a string: the code array the generic metrics expect.
    public static func scalars(_ s: String) -> [UInt32] {
        var out = [UInt32]()
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars { out.append(u.value) }
        return out
    }
}
