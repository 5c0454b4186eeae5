import ArgumentParser
import CordonModel
import CordonSources

struct ListsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lists",
        abstract: "Inspect, compare and update sanctions lists.",
        subcommands: [Show.self, Diff.self, Update.self, Export.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Each list's source, date, sha256, entities by schema and warnings.")

        @OptionGroup var lists: ListOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let summaries = try lists.load().map(SnapshotSummary.init)
            print(json ? try JSONOutput.string(summaries) : summaries.map(\.text).joined(separator: "\n\n"))
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "What was added, removed and changed between two versions of a list.")

        @Argument(help: "The older version (a file, or a folder holding an OFAC CSV set).") var old: String
        @Argument(help: "The newer version.") var new: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let before = try Self.single(old)
            let after = try Self.single(new)
            if before.source != after.source {
                FileHandleOutput.warn("warning: comparing different lists (\(before.source.id) and \(after.source.id)); every entity will differ")
            }
            let report = DiffReport(old: before, new: after)
            print(json ? try JSONOutput.string(report) : report.text)
        }

        static func single(_ path: String) throws -> ListSnapshot {
            let snapshots = try ListOptions.load([path])
            guard snapshots.count == 1, let snapshot = snapshots.first else {
                throw CommandFailure("\(path): holds \(snapshots.count) lists; give one list (or one OFAC CSV set) per side")
            }
            return snapshot
        }
    }
}
