/// What a single file turned out to be. Legacy CSV sets arrive as several
/// files, so their parts are told apart before being grouped.
public enum DetectedFormat: String, Sendable, Equatable {
    case ofacAdvancedXML
    case unConsolidatedXML
    case ofacLegacyMain
    case ofacLegacyAddresses
    case ofacLegacyAliases
    case ofacLegacyComments
    case followTheMoney
    case followTheMoneyDelta
    case customCSV
}
