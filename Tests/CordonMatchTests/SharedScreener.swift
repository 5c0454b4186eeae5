import CordonMatch
import CordonModel
import CordonSources
import Foundation

/// The bundled lists and one Screener over them, built once per test run:
/// loading and indexing every list takes seconds, and every test shares them.
enum SharedScreener {
    static let snapshots: [ListSnapshot] = {
        // A list directory that does not exist, so tests always use the bundled lists
        // and never a newer version installed by `cordon lists update`.
        let paths = ListDirectory(root: URL(fileURLWithPath: "/nonexistent-cordon-lists")).defaultListPaths()
        do {
            return try ListLoader.load(paths: paths)
        } catch {
            fatalError("cannot load the bundled lists: \(error)")
        }
    }()

    static let screener = Screener(snapshots: snapshots)

    static func entity(_ id: String) -> Entity? {
        guard let entityID = EntityID(id) else { return nil }
        for snapshot in snapshots { if let e = snapshot.entity(entityID) { return e } }
        return nil
    }

    static let matchingFixtures: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/matching")
}
