import Foundation

/// `cordon-bench [parse|address|screen|all]`: prints the figures BENCHMARKS.md records.
/// Run from the repository root with a release build: `swift run -c release cordon-bench all`.
@main
struct CordonBench {
    static func main() async {
        let which = CommandLine.arguments.dropFirst().first ?? "all"
        do {
            if which == "parse" || which == "all" { try ParseBenchmark.run(runs: 3) }
            if which == "address" || which == "all" {
                try AddressBenchmark.run(samples: "Tests/Fixtures/chain/address-samples/btc_addresses.txt.gz")
            }
            if which == "screen" || which == "all" {
                try await ScreeningBenchmark.run(evaluationSet: "Tests/Fixtures/matching/evaluation_set.jsonl", batchSize: 200_000)
            }
        } catch {
            FileHandle.standardError.write(Data("cordon-bench: \(error)\n".utf8))
            exit(1)
        }
    }
}
