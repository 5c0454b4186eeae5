import Foundation

/// A score OFAC's Sanctions List Search showed for a query and a listed name.
public struct OFACObservation: Codable, Sendable, Hashable {
    public var query: String
    public var listedName: String
    /// 0–100 as SLS prints it.
    public var score: Double

    public init(query: String, listedName: String, score: Double) {
        self.query = query
        self.listedName = listedName
        self.score = score
    }

    /// Reads the CSV of observations (header `query_name,result_name,ofac_sls_score`).
    /// Rows with a negative score (SLS returned nothing for the pair) are skipped:
    /// there is no number to reproduce.
    public static func parseCSV(_ text: String) throws(BatchInputError) -> [OFACObservation] {
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        guard !lines.isEmpty else { return [] }
        let header = CSVLine.fields(lines.removeFirst()).map { $0.lowercased() }
        guard let q = header.firstIndex(of: "query_name"), let r = header.firstIndex(of: "result_name"),
              let s = header.firstIndex(of: "ofac_sls_score") else {
            throw BatchInputError(line: 1, message: "expected columns query_name, result_name, ofac_sls_score; found \(header.joined(separator: ", "))")
        }
        var out = [OFACObservation]()
        for (n, line) in lines.enumerated() {
            let fields = CSVLine.fields(line)
            guard fields.count > max(q, r, s), let score = Double(fields[s].trimmingCharacters(in: .whitespaces)) else {
                throw BatchInputError(line: n + 2, message: "expected 3 fields with a numeric score: \(line)")
            }
            if score >= 0 { out.append(OFACObservation(query: fields[q], listedName: fields[r], score: score)) }
        }
        return out
    }
}
