import Foundation

/// Where a list is published, for `cordon lists update`.
public struct OfficialListSource: Sendable {
    public var id: String
    public var url: URL
    /// The file name the download is stored under.
    public var fileName: String

    public init(id: String, url: URL, fileName: String) {
        self.id = id
        self.url = url
        self.fileName = fileName
    }

    /// The official publishers of the bundled lists.
    public static let all: [OfficialListSource] = [
        OfficialListSource(id: "ofac-sdn", url: URL(string: "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN_ADVANCED.XML")!, fileName: "sdn_advanced.xml"),
        OfficialListSource(id: "ofac-cons", url: URL(string: "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_ADVANCED.XML")!, fileName: "cons_advanced.xml"),
        OfficialListSource(id: "un", url: URL(string: "https://scsanctions.un.org/resources/xml/en/consolidated.xml")!, fileName: "consolidated.xml"),
    ]

    /// The same files under another base URL (a mirror, or a test server):
    /// each is fetched as `BASE/<last path component of the official URL>`.
    public static func mirrored(at base: URL) -> [OfficialListSource] {
        all.map { OfficialListSource(id: $0.id, url: base.appendingPathComponent($0.url.lastPathComponent), fileName: $0.fileName) }
    }
}
