import Foundation

/// Where `cordon lists update` keeps the lists it downloaded: one folder per
/// list with the `current` version and the `previous` ones, under
/// `$CORDON_HOME/lists` (default `~/.cordon/lists`).
public struct ListDirectory: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root }

    /// `$CORDON_HOME/lists`, or `~/.cordon/lists`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ListDirectory {
        let home = environment["CORDON_HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cordon")
        return ListDirectory(root: home.appendingPathComponent("lists"))
    }

    public func current(_ source: String) -> URL { root.appendingPathComponent(source).appendingPathComponent("current") }

    public func previous(_ source: String) -> URL { root.appendingPathComponent(source).appendingPathComponent("previous") }

    /// Files of the installed current version of a list, if any.
    public func currentFiles(_ source: String) -> [String] {
        let folder = current(source)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    /// The files every command uses by default: per list, the installed
    /// current version, else the bundled one.
    public func defaultListPaths() -> [String] {
        let bundled = BundledLists.filesBySource()
        return bundled.keys.sorted().flatMap { source in
            let installed = currentFiles(source)
            return installed.isEmpty ? bundled[source] ?? [] : installed
        }
    }
}
