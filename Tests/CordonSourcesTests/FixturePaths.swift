import Foundation

/// Paths into the repository, from this file's location, so tests run from any working directory.
enum FixturePaths {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func fixture(_ relative: String) -> String { repository.appendingPathComponent("Tests/Fixtures/" + relative).path }
    static func bundled(_ name: String) -> String { repository.appendingPathComponent("Sources/CordonSources/BundledLists/" + name).path }
}
