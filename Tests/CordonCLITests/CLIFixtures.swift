import Foundation

/// Paths into the repository for CLI tests, from this file's location.
enum CLIFixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String { repository.appendingPathComponent(relative).path }

    static func fixture(_ relative: String) -> String { path("Tests/Fixtures/" + relative) }

    static let sdn20251119Path = path("Sources/CordonSources/BundledLists/sdn_advanced_2025-11-19.xml.gz")
    static let legacy20231228Paths = ["sdn_2023-12-28.csv.gz", "add_2023-12-28.csv.gz", "alt_2023-12-28.csv.gz", "sdn_comments_2023-11-30.csv"]
        .map { fixture("ofac/legacy-csv/" + $0) }
}
