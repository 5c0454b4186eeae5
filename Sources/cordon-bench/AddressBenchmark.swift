import CordonChain
import CordonModel
import CordonSources
import Foundation

/// Issue 4's targets: ≥ 1,000,000 look-ups/s of normalized input and ≥ 200,000/s with full validation, one core.
enum AddressBenchmark {
    static func run(samples: String) throws {
        let snapshots = try ListLoader.load(paths: ListDirectory.standard().defaultListPaths())
        let (book, buildSeconds) = Stopwatch.time { AddressBook(snapshots) }
        let sample = try ListFile(path: samples)
        let unlisted = String(decoding: sample.bytes, as: UTF8.self).split(separator: "\n").prefix(50_000).map(String.init)
        let listed = snapshots.flatMap(\.entities).flatMap(\.wallets).map(\.value)
        let inputs = listed + unlisted
        let keys = inputs.map(AddressValidator.normalize)
        print("address: book of \(book.keyCount) keys built in \(String(format: "%.3f", buildSeconds)) s; inputs: \(listed.count) listed + \(unlisted.count) real unlisted")
        var hits = 0
        let rounds = 20
        let (_, lookupSeconds) = Stopwatch.time {
            for _ in 0..<rounds { for key in keys where book.contains(normalized: key) { hits += 1 } }
        }
        let lookups = Double(keys.count * rounds)
        print(String(format: "  normalized look-ups, one core: %.2f million/s (%d hits)", lookups / lookupSeconds / 1e6, hits / rounds))
        var sanctioned = 0
        let (_, screenSeconds) = Stopwatch.time {
            for _ in 0..<3 { for input in inputs where book.screen(input).isSanctioned { sanctioned += 1 } }
        }
        print(String(format: "  full validation + look-up, one core: %.0f thousand/s (%d sanctioned)",
                     Double(inputs.count * 3) / screenSeconds / 1e3, sanctioned / 3))
    }
}
