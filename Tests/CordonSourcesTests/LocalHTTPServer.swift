import Foundation

/// Python's `http.server` on a free loopback port, serving one folder: a real
/// HTTP peer for download tests, without leaving the machine.
final class LocalHTTPServer {
    private let process = Process()
    private let input = Pipe()
    let baseURL: URL

    /// Exits when its standard input closes, so the server ends with the
    /// test even when `python3` is a shim (pyenv) that a signal would not reach.
    private static let script = """
    import functools, http.server, os, sys, threading
    threading.Thread(target=lambda: (sys.stdin.read(), os._exit(0)), daemon=True).start()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    open(sys.argv[2], "w").write(str(server.server_address[1]))
    server.serve_forever()
    """

    init(serving folder: URL) throws {
        let portFile = FileManager.default.temporaryDirectory.appendingPathComponent("cordon-http-port-\(UUID().uuidString)")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script, folder.path, portFile.path]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, process.isRunning {
            if let text = try? String(contentsOf: portFile, encoding: .utf8), let port = Int(text) {
                baseURL = URL(string: "http://127.0.0.1:\(port)")!
                return
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.terminate()
        throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "python3 http.server did not start"])
    }

    /// Stops the server. Polls rather than calling `waitUntilExit`, which
    /// spins forever on Linux when called off the thread that started it.
    func stop() {
        try? input.fileHandleForWriting.close()
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    }

    deinit { stop() }
}
