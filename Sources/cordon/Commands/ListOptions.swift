import ArgumentParser
import CordonModel
import CordonSources

/// The `--list FILE` option shared by every command that reads lists.
struct ListOptions: ParsableArguments {
    @Option(name: .customLong("list"), help: ArgumentHelp(
        "A list file or folder (OFAC advanced XML or legacy CSV, UN XML, FollowTheMoney JSON lines, custom CSV; .gz/.bz2 accepted). Repeat for several; the parts of an OFAC CSV set load as one list. Default: the bundled lists.",
        valueName: "file"))
    var files: [String] = []

    func load() throws -> [ListSnapshot] {
        try Self.load(files)
    }

    /// Loads the given files, or the default lists when none are given.
    static func load(_ files: [String]) throws -> [ListSnapshot] {
        let paths = files.isEmpty ? ListDirectory.standard().defaultListPaths() : files
        guard !paths.isEmpty else { throw ValidationError("no lists: give --list FILE (the bundled lists are missing from this build)") }
        do {
            return try ListLoader.load(paths: paths)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
