/// A document number, registration, contact point or wallet address of a party.
public struct Identifier: Codable, Sendable, Hashable {
    public var kind: IdentifierKind
    public var value: String
    /// The label the source used ("Passport", "Tax ID No.", "Digital Currency
    /// Address - ETH"), kept because compliance staff read the lists' words.
    public var label: String?
    /// For wallets: the asset code the list gave (XBT, ETH, USDT …).
    public var asset: String?
    public var country: Country?
    public var issued: PartialDate?
    public var expires: PartialDate?
    public var note: String?

    public init(kind: IdentifierKind, value: String, label: String? = nil, asset: String? = nil,
                country: Country? = nil, issued: PartialDate? = nil, expires: PartialDate? = nil,
                note: String? = nil) {
        self.kind = kind
        self.value = value
        self.label = label
        self.asset = asset
        self.country = country
        self.issued = issued
        self.expires = expires
        self.note = note
    }
}
