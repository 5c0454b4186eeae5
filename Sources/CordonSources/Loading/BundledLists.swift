import Foundation

/// The lists shipped inside Cordon, used when the user names none and
/// `cordon lists update` has not installed newer ones.
public enum BundledLists {
    /// The bundled files, grouped by the list they belong to.
    public static func filesBySource() -> [String: [String]] {
        guard let folder = Bundle.module.url(forResource: "BundledLists", withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [:] }
        var groups: [String: [String]] = [:]
        for name in names.sorted() where !name.hasSuffix(".md") {
            guard let source = sourceID(forFileName: name) else { continue }
            groups[source, default: []].append(folder.appendingPathComponent(name).path)
        }
        return groups
    }

    /// Which list a published file name belongs to (`sdn_advanced…` → ofac-sdn).
    public static func sourceID(forFileName name: String) -> String? {
        let lower = name.lowercased()
        if lower.hasPrefix("cons") { return "ofac-cons" }
        if lower.hasPrefix("sdn") || lower.hasPrefix("add") || lower.hasPrefix("alt") { return "ofac-sdn" }
        if lower.hasPrefix("un") || lower.hasPrefix("consolidated") { return "un" }
        return nil
    }
}
