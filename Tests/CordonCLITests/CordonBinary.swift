import Foundation

/// The built `cordon` executable, run as a user would run it. Test bundles are
/// built into the same folder as the package's executables
/// (.build/<config>/), so the binary is looked up beside the test bundle.
struct CordonBinary: Sendable {
    let url: URL

    struct NotFound: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "no cordon executable beside the test bundle (looked in \(searched.joined(separator: ", "))); build it with `swift build` before running these tests"
        }
    }

    /// What one run printed and how it ended.
    struct Run: Sendable {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func locate() throws -> CordonBinary {
        var folders: [URL] = []
        for base in [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])] {
            var folder = base.hasDirectoryPath ? base : base.deletingLastPathComponent()
            // macOS runs tests from inside the .xctest bundle.
            while folder.path.contains(".xctest") { folder.deleteLastPathComponent() }
            if !folders.contains(folder) { folders.append(folder) }
            let parent = folder.deletingLastPathComponent()
            if !folders.contains(parent) { folders.append(parent) }
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent("cordon")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return CordonBinary(url: candidate)
            }
        }
        throw NotFound(searched: folders.map(\.path))
    }

    /// Runs to completion; output is drained while the process runs so a large
    /// result cannot block it on a full pipe.
    func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(stdin)
            try input.fileHandleForWriting.close()
        }
        let stderrData = DataBox()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            stderrData.set(err.fileHandleForReading.readDataToEndOfFile())
        }
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: stdoutData, as: UTF8.self),
                   stderr: String(decoding: stderrData.get(), as: UTF8.self))
    }
}

/// Carries stderr's bytes out of its reader thread.
private final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data } }
}
