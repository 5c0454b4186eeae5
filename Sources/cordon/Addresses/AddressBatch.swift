import CordonChain
import Foundation

/// Screens a whole input file line by line, writing one JSON line per query in
/// input order. A line that is not a query gets an error record and the run
/// goes on, so one bad line never costs the results of the others.
struct AddressBatch {
    let book: AddressBook
    let defaultAsset: AssetCode?

    struct Summary {
        var screened = 0
        var sanctioned = 0
        var errors = 0
    }

    /// Progress goes to stderr only once a run has taken a couple of seconds,
    /// so short runs stay quiet.
    static let progressDelay: Double = 2
    static let progressInterval: Double = 2

    func run(input: Data, output: (String) throws -> Void) throws -> Summary {
        var text = String(decoding: input, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // "\r\n" is one Character in Swift, so splitting on "\n" alone would miss it.
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        let total = lines.last?.isEmpty == true ? lines.count - 1 : lines.count
        var summary = Summary()
        let start = DispatchTime.now().uptimeNanoseconds
        var nextProgress = Self.progressDelay
        var reported = false
        var pending = ""
        for (index, line) in lines.enumerated() {
            let number = index + 1
            switch Result(catching: { () throws(AddressQuery.LineError) in try AddressQuery.parse(line, defaultAsset: defaultAsset) }) {
            case .success(nil):
                continue
            case let .success(query?):
                let screening = book.screen(query.address, asset: query.asset)
                summary.screened += 1
                if screening.isSanctioned { summary.sanctioned += 1 }
                pending += try JSONOutput.string(AddressRecord(screening, line: number, id: query.id), pretty: false)
            case let .failure(error):
                summary.errors += 1
                pending += try JSONOutput.string(AddressErrorRecord(line: number, id: error.id, error: error.message), pretty: false)
            }
            pending += "\n"
            if pending.utf8.count >= 1 << 16 {
                try output(pending)
                pending = ""
            }
            if number % 1024 == 0 {
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                if elapsed >= nextProgress {
                    FileHandleOutput.warn("address: \(number) of \(total) lines (\(Int(Double(number) / elapsed))/s)")
                    nextProgress = elapsed + Self.progressInterval
                    reported = true
                }
            }
        }
        if !pending.isEmpty { try output(pending) }
        if reported {
            FileHandleOutput.warn("address: done, \(total) lines")
        }
        return summary
    }
}
