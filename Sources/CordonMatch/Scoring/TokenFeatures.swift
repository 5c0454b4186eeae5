/// What the similarity function needs of a token, computed once: its code
/// points and the ids of its romanization keys. Vocabulary tokens get these at
/// index time, so the per-candidate loop never touches `String`.
struct TokenFeatures: Sendable {
    static let noKey: Int32 = -1

    var scalars: [UInt32]
    var isAcronym: Bool
    /// Two tokens written together: compared exactly or by romanization key, never
    /// by edit distance (one letter between "kimmin" and "kimman" is a different name).
    var isJoined: Bool
    var isNumber: Bool
    var koreanKey: Int32
    var russianKey: Int32
    var arabicKey: Int32
    var phoneticKey: Int32
    /// Same word in another form (Iran / Iranian, Industry / Industries).
    var stemKey: Int32
}
