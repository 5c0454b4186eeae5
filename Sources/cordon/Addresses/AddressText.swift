import CordonChain

/// A screening result as an analyst reads it: the verdict first, then why.
enum AddressText {
    static func render(_ screening: AddressScreening) -> String {
        let verdict = screening.isSanctioned
            ? "SANCTIONED (\(screening.matches.count) listing\(screening.matches.count == 1 ? "" : "s"))"
            : "not listed"
        var lines = ["\(screening.input.debugDescriptionIfUnprintable)  \(verdict)"]
        var validity = screening.isValid ? "valid" : "not valid: \(screening.reason ?? "unknown reason")"
        if let asset = screening.requestedAsset { validity += " (asked for \(asset.rawValue))" }
        lines.append("  address      \(validity)")
        if screening.isLikelyTypo {
            lines.append("  warning      likely a typo: its checksum does not match\(screening.isSanctioned ? "; matched regardless" : "")")
        }
        if !screening.assetCandidates.isEmpty {
            lines.append("  assets       \(screening.assetCandidates.map(\.rawValue).joined(separator: ", "))")
        }
        lines.append("  checksum     \(screening.checksum.rawValue)")
        lines.append("  looked up as \(screening.normalized.debugDescriptionIfUnprintable)")
        for match in screening.matches {
            var line = "  listed       \(match.entityID)  \(match.caption)"
            if !match.programs.isEmpty { line += "  [\(match.programs.joined(separator: ", "))]" }
            line += "\n               as \(match.listedAs)\(match.asset.map { " (\($0))" } ?? "") on \(match.list)"
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}

private extension String {
    /// Quotes and escapes input with control characters or surrounding space, so
    /// what was screened is visible on a terminal; plain addresses stay bare.
    var debugDescriptionIfUnprintable: String {
        let plain = !isEmpty && unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F }
        if plain { return count > 120 ? String(prefix(100)) + "… (\(utf8.count) bytes)" : self }
        let shown = utf8.count > 120 ? String(prefix(100)) + "…" : self
        return shown.debugDescription + (utf8.count > 120 ? " (\(utf8.count) bytes)" : "")
    }
}
