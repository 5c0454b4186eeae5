import CordonModel
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Downloads the current lists from their publishers and installs each one
/// only after it has loaded completely: a truncated or wrong download never
/// replaces a good list. The version it replaces is kept under `previous/`.
public struct ListUpdater: Sendable {
    public var directory: ListDirectory
    public var sources: [OfficialListSource]
    public var timeout: TimeInterval

    public init(directory: ListDirectory, sources: [OfficialListSource] = OfficialListSource.all, timeout: TimeInterval = 120) {
        self.directory = directory
        self.sources = sources
        self.timeout = timeout
    }

    public func run() async -> [UpdateOutcome] {
        var outcomes: [UpdateOutcome] = []
        for source in sources { outcomes.append(await update(source)) }
        return outcomes
    }

    private func update(_ source: OfficialListSource) async -> UpdateOutcome {
        func failed(_ message: String) -> UpdateOutcome {
            UpdateOutcome(source: source.id, status: .failed, url: source.url.absoluteString, message: message + "; the list in use is unchanged")
        }
        let data: Data
        do {
            var request = URLRequest(url: source.url)
            request.timeoutInterval = timeout
            let (body, response) = try await URLSession.shared.data(for: request)
            if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
                return failed("\(source.url.absoluteString) answered HTTP \(http.statusCode)")
            }
            data = body
        } catch {
            return failed("cannot reach \(source.url.host ?? source.url.absoluteString): \(error.localizedDescription)")
        }
        let downloaded: ListSnapshot
        do {
            let file = try ListFile(name: source.fileName, compressed: [UInt8](data))
            let snapshots = try ListLoader.load(files: [file])
            guard let snapshot = snapshots.first, snapshots.count == 1 else { return failed("the download holds no list") }
            guard snapshot.source.id == source.id else {
                return failed("the download is the \(snapshot.source.id) list, not \(source.id)")
            }
            guard !snapshot.entities.isEmpty else { return failed("the download lists no entities") }
            downloaded = snapshot
        } catch {
            return failed("the download is not a valid list: \(error)")
        }
        let installedPaths = directory.currentFiles(source.id)
        let currentPaths = installedPaths.isEmpty ? (BundledLists.filesBySource()[source.id] ?? []) : installedPaths
        let current = (try? ListLoader.load(paths: currentPaths))?.first
        if let current, let was = current.publishedOn, let now = downloaded.publishedOn, now < was {
            return failed("the download is dated \(now.iso), older than the list in use (\(was.iso))")
        }
        if let current, current.sha256 == downloaded.sha256 {
            return UpdateOutcome(source: source.id, status: .unchanged, url: source.url.absoluteString,
                                 previousVersion: current.versionLabel, currentVersion: current.versionLabel,
                                 message: "already up to date (\(current.versionLabel))")
        }
        do {
            try install(data, source: source, replacing: installedPaths)
        } catch {
            return failed("cannot write to \(directory.root.path): \(error.localizedDescription)")
        }
        let diff = current.map { ListDiff(old: $0, new: downloaded) }
        return UpdateOutcome(source: source.id, status: .updated, url: source.url.absoluteString,
                             previousVersion: current?.versionLabel, currentVersion: downloaded.versionLabel,
                             added: diff?.added.count, removed: diff?.removed.count, changed: diff?.changed.count,
                             message: "installed \(downloaded.versionLabel) (\(downloaded.entities.count) entities)")
    }

    /// Writes the new file beside the current one, moves the current version
    /// to `previous/<timestamp>/`, then moves the new file into place.
    private func install(_ data: Data, source: OfficialListSource, replacing installed: [String]) throws {
        let manager = FileManager.default
        let current = directory.current(source.id)
        try manager.createDirectory(at: current.deletingLastPathComponent(), withIntermediateDirectories: true)
        let staging = current.deletingLastPathComponent().appendingPathComponent(".incoming-\(UUID().uuidString)")
        try data.write(to: staging, options: .atomic)
        if !installed.isEmpty {
            let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
            let archive = directory.previous(source.id).appendingPathComponent(stamp)
            try manager.createDirectory(at: directory.previous(source.id), withIntermediateDirectories: true)
            try manager.moveItem(at: current, to: archive)
        }
        try manager.createDirectory(at: current, withIntermediateDirectories: true)
        try manager.moveItem(at: staging, to: current.appendingPathComponent(source.fileName))
    }
}
