/// A normalized token with its role, before it is weighted or interned.
struct AnalyzedToken: Sendable, Hashable {
    var text: String
    var role: TokenRole
}
