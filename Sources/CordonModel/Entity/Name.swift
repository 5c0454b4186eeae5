/// A name under which a party is listed.
///
/// Keeps what screening needs to weigh a hit: the kind of alias, OFAC's
/// low-quality flag (a weak alias alone should not block a customer), the
/// script it is written in, and the parts where the source gives them.
public struct Name: Codable, Sendable, Hashable {
    /// The name as the list prints it.
    public var full: String
    public var kind: NameKind
    /// OFAC's "low quality" / UN's "Low" alias quality: broad nicknames that
    /// produce many false hits.
    public var isWeak: Bool
    /// ISO 15924 script code where the source says it ("Latn", "Hang", "Cyrl").
    public var script: String?
    public var parts: [NamePart]

    public init(full: String, kind: NameKind = .primary, isWeak: Bool = false,
                script: String? = nil, parts: [NamePart] = []) {
        self.full = full
        self.kind = kind
        self.isWeak = isWeak
        self.script = script
        self.parts = parts
    }

    private enum CodingKeys: String, CodingKey { case full, kind, isWeak = "weak", script, parts }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        full = try c.decode(String.self, forKey: .full)
        kind = try c.decodeIfPresent(NameKind.self, forKey: .kind) ?? .primary
        isWeak = try c.decodeIfPresent(Bool.self, forKey: .isWeak) ?? false
        script = try c.decodeIfPresent(String.self, forKey: .script)
        parts = try c.decodeIfPresent([NamePart].self, forKey: .parts) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(full, forKey: .full)
        try c.encode(kind, forKey: .kind)
        if isWeak { try c.encode(isWeak, forKey: .isWeak) }
        try c.encodeIfPresent(script, forKey: .script)
        if !parts.isEmpty { try c.encode(parts, forKey: .parts) }
    }
}
