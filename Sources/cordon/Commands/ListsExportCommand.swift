import ArgumentParser
import CordonModel
import CordonSources
import Foundation

extension ListsCommand {
    /// `cordon lists export`: the loaded lists as FollowTheMoney JSON lines, so
    /// that other tools (nomenklatura, yente, OpenSanctions' pipeline) can read
    /// exactly the entities Cordon screens against.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the lists as FollowTheMoney JSON lines (the OpenSanctions entities.ftm.json format).",
            discussion: "One entity per line: each party with its names, aliases, weak aliases, birth dates, nationalities and identifiers, then its wallets (CryptoWallet), addresses (Address) and listing date (Sanction) as separate entities that point at it. Entity ids are Cordon's (ofac-sdn:43377); datasets name the list."
        )

        @OptionGroup var lists: ListOptions
        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        func run() throws {
            let snapshots = try lists.load()
            let data: Data
            do {
                data = try FollowTheMoneyWriter.export(snapshots)
            } catch {
                throw CommandFailure(error.description)
            }
            if let output {
                do {
                    try data.write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw CommandFailure(FollowTheMoneyWriterError.unwritable(file: output, reason: (error as NSError).localizedDescription).description)
                }
                let parties = snapshots.reduce(0) { $0 + $1.entities.count }
                FileHandleOutput.warn("wrote \(parties) parties from \(snapshots.map(\.versionLabel).joined(separator: ", ")) to \(output)")
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
    }
}
