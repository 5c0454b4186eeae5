/// The file formats Cordon reads. Detected from content, never from the file
/// name alone, because published files are often renamed.
public enum ListFormat: String, Codable, Sendable, CaseIterable {
    case ofacAdvancedXML = "ofac-advanced-xml"
    case ofacLegacyCSV = "ofac-legacy-csv"
    case ofacConsolidatedCSV = "ofac-consolidated-csv"
    case unConsolidatedXML = "un-xml"
    case followTheMoneyJSON = "ftm-json"
    case followTheMoneyDelta = "ftm-delta"
    case customCSV = "custom-csv"
}
