import Foundation
import Synchronization

/// The staging folder of a plain build: files are written into a new folder beside the
/// destination as soon as each one is ready, from any thread, and `commit()` swaps it in only when
/// everything was written, so a failed build changes nothing.
final class OutputFolder: SiteOutput {
    let destination: URL
    /// The staging folder.
    let folder: URL
    /// `folder`'s path, without a final slash.
    private let folderPath: String

    private struct State {
        /// Paths taken, written or being written.
        var paths = Set<String>()
        var written = 0
        /// The first failure to write a file.
        var failure: String?
    }
    private let state = Mutex(State())

    init(destination: URL) throws {
        self.destination = destination.standardizedFileURL
        let fm = FileManager.default
        let parent = self.destination.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let token = UUID().uuidString.prefix(8)
        folder = parent.appendingPathComponent(".\(self.destination.lastPathComponent).new-\(token)")
        try? fm.removeItem(at: folder)
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        var folderPath = folder.path
        while folderPath.count > 1 && folderPath.hasSuffix("/") { folderPath.removeLast() }
        self.folderPath = folderPath
    }

    func write(_ path: String, _ bytes: [UInt8]) throws {
        try claim(path)
        try store(path) { try FileWriting.write(bytes, to: $0, atomic: false) }
    }

    func write(_ path: String, pieces produce: (_ piece: ([UInt8]) throws -> Void) throws -> Void) throws {
        try claim(path)
        try store(path) { try FileWriting.write(to: $0, pieces: produce) }
    }

    /// Takes `path` for this build, once.
    private func claim(_ path: String) throws {
        guard OutputFiles.isSafe(path) else { throw OutputFiles.PathError.unsafe(path) }
        guard state.withLock({ $0.paths.insert(path).inserted }) else { throw OutputFiles.PathError.duplicate(path) }
    }

    /// Runs `write` with the file's full path; counts the file, or records the build's first failure.
    private func store(_ path: String, write: (String) throws -> Void) throws {
        do {
            try FileWriting.inFolder(folderPath, path, write: write)
            state.withLock { $0.written += 1 }
        } catch {
            let message = "\(error)"
            state.withLock { if $0.failure == nil { $0.failure = message } }
            throw OutputCommit.CommitError.write(message)
        }
    }

    var count: Int { state.withLock { $0.paths.count } }

    var paths: [String] { state.withLock { Array($0.paths) } }

    /// Files whose bytes were written.
    var written: Int { state.withLock { $0.written } }

    /// Swaps the staging folder in for the destination.
    func commit() throws {
        if let failure = state.withLock({ $0.failure }) {
            discard()
            throw OutputCommit.CommitError.write(failure)
        }
        try OutputCommit.swap(staging: folder, into: destination)
    }

    /// Deletes the staging folder.
    func discard() {
        try? FileManager.default.removeItem(at: folder)
    }
}
