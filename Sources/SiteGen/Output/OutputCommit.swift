import Foundation

/// Writes the finished site into a new folder beside the destination and swaps it in only when
/// everything was written: a failed or killed build leaves the previous output as it was.
public enum OutputCommit {
    public static func write(_ output: OutputFiles, to destination: URL) throws {
        let fm = FileManager.default
        let destination = destination.standardizedFileURL
        let parent = destination.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let name = destination.lastPathComponent
        let token = UUID().uuidString.prefix(8)
        let staging = parent.appendingPathComponent(".\(name).new-\(token)")
        let previous = parent.appendingPathComponent(".\(name).old-\(token)")
        try? fm.removeItem(at: staging)
        do {
            try writeFiles(output, into: staging)
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
        if fm.fileExists(atPath: destination.path) {
            try fm.moveItem(at: destination, to: previous)
            do {
                try fm.moveItem(at: staging, to: destination)
            } catch {
                try? fm.moveItem(at: previous, to: destination)
                throw error
            }
            try? fm.removeItem(at: previous)
        } else {
            try fm.moveItem(at: staging, to: destination)
        }
        removeLeftovers(of: name, in: parent)
    }

    /// Writes every file, folders first, files in parallel across the cores.
    static func writeFiles(_ output: OutputFiles, into folder: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        let entries = output.files.sorted { $0.key < $1.key }
        let directories = Set(entries.compactMap { entry -> String? in
            guard let slash = entry.key.lastIndex(of: "/") else { return nil }
            return String(entry.key[..<slash])
        })
        for directory in directories.sorted() {
            try fm.createDirectory(at: folder.appendingPathComponent(directory), withIntermediateDirectories: true)
        }
        let failures = FailureBox()
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            let entry = entries[index]
            let url = folder.appendingPathComponent(entry.key)
            do {
                try Data(entry.value).write(to: url)
            } catch {
                failures.record("\(entry.key): \(error.localizedDescription)")
            }
        }
        if let first = failures.first { throw CommitError.write(first) }
    }

    /// Folders left by builds that were killed: previous outputs (`.old-`) and unfinished staging
    /// folders (`.new-`); called once this build's own staging folder has been swapped in.
    static func removeLeftovers(of name: String, in parent: URL) {
        let fm = FileManager.default
        let names = (try? fm.contentsOfDirectory(atPath: parent.path)) ?? []
        for entry in names where entry.hasPrefix(".\(name).old-") || entry.hasPrefix(".\(name).new-") {
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
