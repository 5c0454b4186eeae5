/// The kinds of identifier the lists carry. Screening treats an exact match on
/// a passport number or a wallet address as far stronger evidence than a name.
public enum IdentifierKind: String, Codable, Sendable, CaseIterable {
    case passport
    case nationalID
    case taxNumber
    case registrationNumber
    case email
    case website
    case phone
    case cryptoWallet
    case swiftBIC
    case imoNumber
    case aircraftRegistration
    case other
}
