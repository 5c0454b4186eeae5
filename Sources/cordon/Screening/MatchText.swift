import CordonMatch
import Foundation

/// The human-readable form of screening results: one block per match, score
/// first, then the evidence an analyst needs to confirm or dismiss it.
enum MatchText {
    static func render(_ matches: [ScreeningMatch], query: ScreeningQuery) -> String {
        guard !matches.isEmpty else { return "no match for \"\(query.name)\"" }
        var lines = [String]()
        for m in matches {
            let e = m.explanation
            lines.append(String(format: "%.3f  ", m.score) + "\(m.entityId)  \(m.caption)  [\(m.schema.rawValue); \(m.programs.joined(separator: ", "))]")
            var name = "       matched \"\(e.listedName)\" (\(e.nameKind.rawValue)\(e.weakAlias ? ", weak alias" : ""))"
            if let form = e.comparedForm { name += " as \"\(form)\"" }
            if e.queryForm != query.name { name += " with query form \"\(e.queryForm)\"" }
            lines.append(name + String(format: ", name score %.3f", e.nameScore))
            if !e.alignment.isEmpty {
                lines.append("       " + e.alignment.map { "\($0.query)~\($0.listed) (\($0.reason.rawValue) \(String(format: "%.2f", $0.similarity)))" }
                    .joined(separator: ", "))
            }
            if !e.unmatchedQueryTokens.isEmpty { lines.append("       unmatched in query: " + e.unmatchedQueryTokens.joined(separator: " ")) }
            if !e.unmatchedListedTokens.isEmpty { lines.append("       unmatched in list: " + e.unmatchedListedTokens.joined(separator: " ")) }
            for a in e.adjustments { lines.append(String(format: "       %+.2f  ", a.delta) + a.reason) }
            if e.keptBelowThreshold { lines.append("       kept: strong name match pushed below the threshold by the evidence above") }
            lines.append("       list \(m.listVersion)")
        }
        return lines.joined(separator: "\n")
    }
}
