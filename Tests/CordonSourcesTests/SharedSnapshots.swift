import CordonModel
import CordonSources

/// Lists that several tests read, loaded once per test run.
enum SharedSnapshots {
    static let sdnAdvanced20251119 = Result { try single(FixturePaths.bundled("sdn_advanced_2025-11-19.xml.gz")) }
    static let legacySet20231228 = Result {
        try single(FixturePaths.fixture("ofac/legacy-csv/sdn_2023-12-28.csv.gz"), FixturePaths.fixture("ofac/legacy-csv/add_2023-12-28.csv.gz"),
                   FixturePaths.fixture("ofac/legacy-csv/alt_2023-12-28.csv.gz"), FixturePaths.fixture("ofac/legacy-csv/sdn_comments_2023-11-30.csv"))
    }

    static func single(_ paths: String...) throws -> ListSnapshot {
        let snapshots = try ListLoader.load(paths: paths)
        guard snapshots.count == 1, let snapshot = snapshots.first else { throw ListError.incompleteSet(files: paths, reason: "expected one list") }
        return snapshot
    }
}
