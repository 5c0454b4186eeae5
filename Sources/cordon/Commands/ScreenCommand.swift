import ArgumentParser
import CordonMatch
import CordonModel
import Foundation

struct ScreenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Screen a name, or a file of queries, against the lists.",
        discussion: """
        One name: cordon screen "Kim Sang Man" --birth-date 1965-04-25 --country KP
        A batch: cordon screen --input queries.jsonl --output results.jsonl
        Input is JSON lines ({"id":"q1","name":"…","schema":"Person","birthDate":"1965-04-25","country":"KP"}) \
        or CSV with the same column names; output is one JSON line per input line, in input order. \
        A bad line yields {"id":…,"error":"line N: …"} and the run goes on.
        """
    )

    @Argument(help: "The name to screen (omit with --input).") var name: String?
    @Option(help: "Person, Organization, Vessel, Aircraft or Any.") var schema: String?
    @Option(name: .customLong("birth-date"), help: "YYYY, YYYY-MM or YYYY-MM-DD.") var birthDate: String?
    @Option(help: "Country name or ISO code (KP, RU …).") var country: String?
    @Option(name: .customLong("identifier"), help: "A passport, registration or wallet number; repeat for several.")
    var identifiers: [String] = []
    @Option(help: "Minimum score in [0, 1] (default 0.72 for cordon, 0.85 for ofac).") var threshold: Double?
    @Option(help: "Most matches per query.") var limit: Int = 10
    @Option(help: "cordon (Cordon's name model) or ofac (OFAC Sanctions List Search scores).")
    var algorithm: String = ScreeningAlgorithm.cordon.rawValue
    @Option(help: "A JSON lines or CSV file of queries.") var input: String?
    @Option(help: "Where batch results go (default: stdout).") var output: String?
    @OptionGroup var lists: ListOptions
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        if name == nil && input == nil { throw ValidationError("give a NAME to screen, or --input FILE") }
        if name != nil && input != nil { throw ValidationError("give either a NAME or --input FILE, not both") }
        if let threshold, !(0...1).contains(threshold) { throw ValidationError("--threshold must be between 0 and 1") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if ScreeningAlgorithm(rawValue: algorithm.lowercased()) == nil {
            throw ValidationError("--algorithm must be cordon or ofac")
        }
    }

    func run() async throws {
        let algorithm = ScreeningAlgorithm(rawValue: algorithm.lowercased()) ?? .cordon
        if let input {
            let batch = try BatchInputFile(path: input)
            let screener = Screener(snapshots: try lists.load())
            let run = BatchRun(screening: BatchScreening(screener: screener, threshold: threshold, limit: limit,
                                                         algorithm: algorithm, concurrency: 2))
            try await run.run(batch, outputPath: output)
            return
        }
        guard let name else { return }
        let query = try singleQuery(name)
        let screener = Screener(snapshots: try lists.load())
        let matches = screener.screen(query, threshold: threshold, limit: limit, algorithm: algorithm)
        if json {
            print(try JSONOutput.string(matches))
        } else {
            print(MatchText.render(matches, query: query))
        }
    }

    private func singleQuery(_ name: String) throws -> ScreeningQuery {
        var query = ScreeningQuery(name: name, country: country, identifiers: identifiers)
        if let schema {
            guard let parsed = ScreeningSchema(userValue: schema) else {
                throw ValidationError("--schema \"\(schema)\" is not Person, Organization, Vessel, Aircraft or Any")
            }
            query.schema = parsed
        }
        if let birthDate {
            guard let date = PartialDate(iso: birthDate) else {
                throw ValidationError("--birth-date \"\(birthDate)\" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD")
            }
            query.birthDate = date
        }
        return query
    }
}
