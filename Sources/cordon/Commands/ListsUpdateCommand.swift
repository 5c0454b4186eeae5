import ArgumentParser
import CordonSources
import Foundation

extension ListsCommand {
    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Download the current OFAC SDN, OFAC consolidated and UN lists from their publishers.",
            discussion: "Each download is loaded in full before it is installed under $CORDON_HOME/lists (default ~/.cordon/lists); the version it replaces is kept under previous/. Exits with status 1 when any list could not be updated."
        )

        @Option(help: ArgumentHelp("Fetch the files from this base URL instead of the publishers (a mirror): BASE/SDN_ADVANCED.XML, BASE/CONS_ADVANCED.XML, BASE/consolidated.xml.", valueName: "url"))
        var from: String?
        @Option(help: "Seconds to wait for each download.") var timeout: Double = 120
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            var sources = OfficialListSource.all
            if let from {
                guard let base = URL(string: from), base.scheme == "http" || base.scheme == "https" else {
                    throw ValidationError("--from must be an http or https URL, got '\(from)'")
                }
                sources = OfficialListSource.mirrored(at: base)
            }
            let updater = ListUpdater(directory: .standard(), sources: sources, timeout: timeout)
            let outcomes = await updater.run()
            if json {
                print(try JSONOutput.string(outcomes))
            } else {
                for outcome in outcomes {
                    var line = "\(outcome.source): \(outcome.status.rawValue): \(outcome.message)"
                    if let added = outcome.added, let removed = outcome.removed, let changed = outcome.changed {
                        line += " — since \(outcome.previousVersion ?? "?"): added \(added), removed \(removed), changed \(changed)"
                    }
                    print(line)
                }
            }
            if outcomes.contains(where: { $0.status == .failed }) { throw ExitCode(1) }
        }
    }
}
