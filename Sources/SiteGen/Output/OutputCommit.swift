import Foundation

/// Swaps a finished staging folder in for the destination (see `OutputFolder`): a failed or killed
/// build leaves the previous output as it was.
public enum OutputCommit {
    /// Moves a finished staging folder to `destination`, keeping the previous output until the move
    /// succeeded.
    static func swap(staging: URL, into destination: URL) throws {
        let fm = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let name = destination.lastPathComponent
        let previous = parent.appendingPathComponent(".\(name).old-\(UUID().uuidString.prefix(8))")
        if fm.fileExists(atPath: destination.path) {
            try fm.moveItem(at: destination, to: previous)
            do {
                try fm.moveItem(at: staging, to: destination)
            } catch {
                try? fm.moveItem(at: previous, to: destination)
                throw error
            }
        } else {
            try fm.moveItem(at: staging, to: destination)
        }
        // Folders left by builds that were killed go first, then the previous output, in the background.
        removeLeftovers(of: name, in: parent, keeping: previous.lastPathComponent)
        if fm.fileExists(atPath: previous.path) { removeInBackground(previous) }
    }

    /// Deletes the previous output without making the build wait: on some disks deleting thousands
    /// of files takes longer than writing them. A detached `rm` finishes it even after sitegen
    /// exits; if it cannot start, the folder is deleted here, and any leftover `.old-` folder is
    /// removed by the next build.
    static func removeInBackground(_ folder: URL) {
        let remover = Process()
        remover.executableURL = URL(fileURLWithPath: "/bin/rm")
        remover.arguments = ["-rf", "--", folder.path]
        remover.standardOutput = FileHandle.nullDevice
        remover.standardError = FileHandle.nullDevice
        do {
            try remover.run()
        } catch {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// Folders left by builds that were killed: previous outputs (`.old-`) and unfinished staging
    /// folders (`.new-`); called once this build's own staging folder has been swapped in.
    static func removeLeftovers(of name: String, in parent: URL, keeping current: String) {
        let fm = FileManager.default
        let names = (try? fm.contentsOfDirectory(atPath: parent.path)) ?? []
        for entry in names where entry != current && (entry.hasPrefix(".\(name).old-") || entry.hasPrefix(".\(name).new-")) {
            try? fm.removeItem(at: parent.appendingPathComponent(entry))
        }
    }

    public enum CommitError: Error, CustomStringConvertible {
        case write(String)
        public var description: String {
            switch self {
            case .write(let detail): return "cannot write the output: \(detail)"
            }
        }
    }
}

/// Collects the first failure of parallel work.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var failures: [String] = []

    func record(_ message: String) {
        lock.lock()
        failures.append(message)
        lock.unlock()
    }

    var first: String? {
        lock.lock()
        defer { lock.unlock() }
        return failures.sorted().first
    }
}
