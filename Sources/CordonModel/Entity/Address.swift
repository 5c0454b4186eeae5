/// A postal address or location associated with a party.
public struct Address: Codable, Sendable, Hashable {
    public var street: String?
    public var city: String?
    public var region: String?
    public var postalCode: String?
    public var country: Country?
    /// Free text where the source does not split the address.
    public var text: String?

    public init(street: String? = nil, city: String? = nil, region: String? = nil,
                postalCode: String? = nil, country: Country? = nil, text: String? = nil) {
        self.street = street
        self.city = city
        self.region = region
        self.postalCode = postalCode
        self.country = country
        self.text = text
    }

    /// One line for display, in the usual order, without empty parts.
    public var line: String {
        [text, street, city, region, postalCode, country?.name]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
