/// Symmetric-deletion keys: two tokens within one edit share a key (the token
/// itself or the token with one letter removed), so typo candidates come from a
/// binary search instead of a scan of the vocabulary.
enum DeletionHash {
    static let lengths = 4...24

    static func hashes(_ scalars: [UInt32]) -> [UInt64] {
        guard lengths.contains(scalars.count) else { return [] }
        var out = [UInt64]()
        out.reserveCapacity(scalars.count + 1)
        out.append(hash(scalars, skipping: -1))
        for i in scalars.indices { out.append(hash(scalars, skipping: i)) }
        return out
    }

    private static func hash(_ scalars: [UInt32], skipping skip: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for (i, s) in scalars.enumerated() where i != skip {
            h = (h ^ UInt64(s)) &* 0x0000_0100_0000_01B3
        }
        return (h ^ UInt64(scalars.count - (skip < 0 ? 0 : 1))) &* 0x9E37_79B9_7F4A_7C15
    }
}
