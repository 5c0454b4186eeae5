import CordonModel
import Crypto
import Dispatch
import Foundation

/// Turns list files into snapshots: reads and decompresses them, detects each
/// one's format, groups the parts of multi-file publications (OFAC legacy CSV
/// sets, FollowTheMoney exports with their deltas), parses, and hashes.
public enum ListLoader {
    /// Loads files (or every file in a folder) as one or more snapshots.
    ///
    /// Files of one legacy CSV set (`sdn.csv`, `add.csv`, `alt.csv`,
    /// `sdn_comments.csv`) become one snapshot; so do a FollowTheMoney export
    /// and the delta files after it. Every other file is its own snapshot.
    public static func load(paths: [String]) throws(ListError) -> [ListSnapshot] {
        var files: [ListFile] = []
        for path in try expand(paths) { files.append(try ListFile(path: path)) }
        return try load(files: files)
    }

    public static func load(files: [ListFile]) throws(ListError) -> [ListSnapshot] {
        var sdnSet: [DetectedFormat: ListFile] = [:]
        var consolidatedSet: [DetectedFormat: ListFile] = [:]
        var followTheMoney: [ListFile] = []
        var singles: [(ListFile, DetectedFormat)] = []
        for file in files {
            let format = try ListFormatDetector.detect(file)
            switch format {
            case .ofacLegacyMain, .ofacLegacyAddresses, .ofacLegacyAliases, .ofacLegacyComments:
                let consolidated = file.name.lowercased().hasPrefix("cons")
                if consolidated {
                    if consolidatedSet[format] != nil { throw .incompleteSet(files: [file.name], reason: "two files of the same kind in one OFAC consolidated CSV set") }
                    consolidatedSet[format] = file
                } else {
                    if sdnSet[format] != nil { throw .incompleteSet(files: [file.name], reason: "two files of the same kind in one OFAC SDN CSV set; diff two versions with `cordon lists diff OLD NEW`") }
                    sdnSet[format] = file
                }
            case .followTheMoney, .followTheMoneyDelta:
                followTheMoney.append(file)
            default:
                singles.append((file, format))
            }
        }
        var snapshots: [ListSnapshot] = []
        for (file, format) in singles {
            snapshots.append(try snapshot(of: [file]) { () throws(ListError) in
                switch format {
                case .ofacAdvancedXML: try OFACAdvancedXMLParser.parse(file)
                case .unConsolidatedXML: try UNConsolidatedXMLParser.parse(file)
                default: try CustomCSVParser.parse(file)
                }
            })
        }
        for (parts, consolidated) in [(sdnSet, false), (consolidatedSet, true)] where !parts.isEmpty {
            guard let main = parts[.ofacLegacyMain] else {
                throw .incompleteSet(files: parts.values.map(\.name).sorted(),
                                     reason: "these are parts of an OFAC legacy CSV set, but its main file (\(consolidated ? "cons_prim.csv" : "sdn.csv")) was not given")
            }
            let set = OFACLegacyCSVSet(main: main, addresses: parts[.ofacLegacyAddresses], aliases: parts[.ofacLegacyAliases],
                                       comments: parts[.ofacLegacyComments], isConsolidated: consolidated)
            snapshots.append(try snapshot(of: set.files) { () throws(ListError) in try OFACLegacyCSVParser.parse(set) })
        }
        if !followTheMoney.isEmpty {
            snapshots.append(try snapshot(of: followTheMoney) { () throws(ListError) in try FollowTheMoneyParser.parse(followTheMoney) })
        }
        return snapshots
    }

    /// Parses on this thread while hashing on another: for the 121 MB SDN
    /// file the hash would otherwise add a fifth to the load time.
    private static func snapshot(of files: [ListFile], parse: () throws(ListError) -> ParsedList) throws(ListError) -> ListSnapshot {
        let digest = DigestBox()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            var hasher = SHA256()
            for file in files { file.bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) } }
            digest.value = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        }
        let parsed: ParsedList
        do {
            parsed = try parse()
        } catch {
            group.wait()
            throw error
        }
        group.wait()
        return ListSnapshot(source: parsed.source, format: parsed.format, publishedOn: parsed.publishedOn,
                            sha256: digest.value, files: files.map(\.name), entities: parsed.entities,
                            warnings: parsed.warnings)
    }

    /// Folders stand for the list files inside them, in name order.
    static func expand(_ paths: [String]) throws(ListError) -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .unreadable(file: path, reason: "no such file or folder")
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                result += names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                result.append(path)
            }
        }
        return result
    }
}

/// Carries the digest out of the hashing thread; the dispatch group's wait
/// orders the write before the read.
private final class DigestBox: @unchecked Sendable {
    var value = ""
}
