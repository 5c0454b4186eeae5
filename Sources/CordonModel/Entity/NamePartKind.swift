/// The role of one part of a structured name, as OFAC's advanced XML and the
/// UN list record it. Matching uses it to align given and family names.
public enum NamePartKind: String, Codable, Sendable, CaseIterable {
    case given
    case middle
    case family
    case patronymic
    case matronymic
    case maiden
    case nickname
    case entity
    case vessel
    case aircraft
    case other
}
