import Foundation

extension TestSupport {
    /// Runs a command from the package root (or `folder`); returns its exit status and its standard output and
    /// error interleaved. The command starts through a small Python shim that clears the signal mask
    /// and dispositions the test process passes on (with SIGTERM blocked, the checkers' own
    /// `kill` of their local servers would leave them running); output goes through a file, so a
    /// stray grandchild cannot keep the test waiting for end of file.
    static func run(_ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil) throws -> (Int32, String) {
        let shim = "import os, signal, sys\n"
            + "signal.pthread_sigmask(signal.SIG_SETMASK, [])\n"
            + "for s in (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT, signal.SIGHUP, signal.SIGPIPE, signal.SIGXFSZ):\n"
            + "    signal.signal(s, signal.SIG_DFL)\n"
            + "os.execvp(sys.argv[1], sys.argv[1:])\n"
        let log = temporaryFolder("run").appendingPathComponent("output.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", shim] + arguments
        process.currentDirectoryURL = folder ?? packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }
}
