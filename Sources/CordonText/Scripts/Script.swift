/// Writing systems the screening engine distinguishes. Coarse on purpose: the matcher only
/// needs to know which romanizer or transliterator applies to a run of text.
public enum Script: String, Sendable, Hashable, CaseIterable, Codable {
    case latin, cyrillic, greek, arabic, hebrew, han, hangul, kana, georgian, armenian, thai, other
}
