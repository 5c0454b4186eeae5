/// A birth date as a list states it: one date at its own precision, a range
/// ("between 1967 and 1969"), or an approximate date ("circa 1960").
///
/// Screening compares a customer's date of birth against the whole range, so
/// the range is kept rather than collapsed to one guess.
public struct BirthDate: Codable, Sendable, Hashable, CustomStringConvertible {
    public var from: PartialDate
    /// The end of a range; nil for a single date.
    public var to: PartialDate?
    public var isApproximate: Bool

    public init(_ date: PartialDate, to: PartialDate? = nil, isApproximate: Bool = false) {
        self.from = date
        self.to = (to == date) ? nil : to
        self.isApproximate = isApproximate
    }

    public var isRange: Bool { to != nil }

    public var description: String {
        var text = from.iso
        if let to { text += "/" + to.iso }
        return isApproximate ? "circa " + text : text
    }

    private enum CodingKeys: String, CodingKey { case from, to, isApproximate = "circa" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        from = try c.decode(PartialDate.self, forKey: .from)
        to = try c.decodeIfPresent(PartialDate.self, forKey: .to)
        isApproximate = try c.decodeIfPresent(Bool.self, forKey: .isApproximate) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(from, forKey: .from)
        try c.encodeIfPresent(to, forKey: .to)
        if isApproximate { try c.encode(true, forKey: .isApproximate) }
    }
}
