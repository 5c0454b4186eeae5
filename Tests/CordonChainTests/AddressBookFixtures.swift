import CordonChain
import CordonModel
import CordonSources
import Foundation

/// Address books built from real list files, each loaded once per test run:
/// the SDN XML alone takes seconds to parse.
enum AddressBookFixtures {
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String {
        repository.appendingPathComponent(relative).path
    }

    static let sdn20251119Path = path("Sources/CordonSources/BundledLists/sdn_advanced_2025-11-19.xml.gz")
    static let sdn20250304Path = path("Tests/Fixtures/ofac/advanced/sdn_advanced_2025-03-04.xml.bz2")
    static let sdn20250321Path = path("Tests/Fixtures/ofac/advanced/sdn_advanced_2025-03-21.xml.bz2")
    static let legacy20231228Paths = [
        "sdn_2023-12-28.csv.gz", "add_2023-12-28.csv.gz", "alt_2023-12-28.csv.gz", "sdn_comments_2023-11-30.csv",
    ].map { path("Tests/Fixtures/ofac/legacy-csv/" + $0) }

    static let sdn20251119: Result<[ListSnapshot], ListError> = load([sdn20251119Path])
    static let sdn20250304: Result<[ListSnapshot], ListError> = load([sdn20250304Path])
    static let sdn20250321: Result<[ListSnapshot], ListError> = load([sdn20250321Path])
    static let legacy20231228: Result<[ListSnapshot], ListError> = load(legacy20231228Paths)

    private static func load(_ paths: [String]) -> Result<[ListSnapshot], ListError> {
        Result { () throws(ListError) in try ListLoader.load(paths: paths) }
    }

    /// One row of the chain fixtures' address extracts, with the party's
    /// fixed reference, which is the OFAC entity id.
    struct ListedAddress: Sendable {
        let asset: String
        let address: String
        let partyFixedRef: String
        let primaryName: String
        let programs: [String]

        var entityID: EntityID { EntityID(source: "ofac-sdn", local: partyFixedRef) }
    }

    /// Columns: asset, address, feature_type_id, feature_id, party_fixed_ref,
    /// party_subtype, primary_name, programs (;-separated), list_date.
    static func listedAddresses(_ file: String) throws -> [ListedAddress] {
        let lines = try Fixtures.text(file).split(whereSeparator: \.isNewline)
        let header = Fixtures.splitCSV(String(lines[0]))
        precondition(header.prefix(8) == ["asset", "address", "feature_type_id", "feature_id", "party_fixed_ref",
                                          "party_subtype", "primary_name", "programs"], "unexpected columns \(header)")
        return lines.dropFirst().map { line in
            let fields = Fixtures.splitCSV(String(line))
            return ListedAddress(asset: fields[0], address: fields[1], partyFixedRef: fields[4], primaryName: fields[6],
                                 programs: fields[7].split(separator: ";").map(String.init))
        }
    }
}
