import Foundation
import Synchronization

/// The output of a `sitegen serve` build, which keeps every file's fingerprint for the next build.
/// The first build writes a staging folder like a plain build; later ones write into the served
/// folder itself, and only the files whose bytes differ from the previous build's, held until
/// `commit()` so a rebuild that fails half-way leaves the served site untouched. `commit()` then
/// also removes the files the new build no longer makes.
final class IncrementalOutput: SiteOutput {
    /// What `commit()` did.
    struct Report: Sendable {
        /// Every file of the new build with its fingerprint, for the next build.
        var manifest: OutputManifest
        /// Files whose bytes were written (all of them on the first build, the changed ones later).
        var written: Int
        /// Files of the previous build that were removed.
        var removed: Int
    }

    /// The first build's staging folder.
    private let staging: OutputFolder?
    /// The previous build's files, written in the served folder (every build but the first).
    private let previous: OutputManifest
    private let folder: URL
    /// `folder`'s path, without a final slash.
    private let folderPath: String

    private struct State {
        var manifest = OutputManifest()
        /// Changed files, written by `commit()`.
        var pending: [String: [UInt8]] = [:]
        var report: Report?
    }
    private let state = Mutex(State())

    /// The output of a build of `destination`; `previous` is nil for the first build.
    init(destination: URL, previous: OutputManifest?) throws {
        if let previous {
            staging = nil
            self.previous = previous
            folder = destination.standardizedFileURL
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } else {
            let staging = try OutputFolder(destination: destination)
            self.staging = staging
            self.previous = OutputManifest()
            folder = staging.folder
        }
        var folderPath = folder.path
        while folderPath.count > 1 && folderPath.hasSuffix("/") { folderPath.removeLast() }
        self.folderPath = folderPath
    }

    func write(_ path: String, _ bytes: [UInt8]) throws {
        guard OutputFiles.isSafe(path) else { throw OutputFiles.PathError.unsafe(path) }
        let fingerprint = OutputManifest.Fingerprint(bytes)
        if let staging {
            try staging.write(path, bytes)
            try record(path, fingerprint)
            return
        }
        try record(path, fingerprint)
        if previous.files[path] != fingerprint { state.withLock { $0.pending[path] = bytes } }
    }

    /// On the first build each piece goes straight to disk; later (a preview of a city) the pieces
    /// are joined and written like any file.
    func write(_ path: String, pieces produce: (_ piece: ([UInt8]) throws -> Void) throws -> Void) throws {
        guard let staging else {
            var whole: [UInt8] = []
            try produce { whole.append(contentsOf: $0) }
            return try write(path, whole)
        }
        var fingerprint = OutputManifest.Fingerprint.Builder()
        try staging.write(path) { emit in
            try withoutActuallyEscaping(emit) { emit in
                try produce { piece in
                    try emit(piece)
                    fingerprint.add(piece)
                }
            }
        }
        try record(path, fingerprint.finish())
    }

    private func record(_ path: String, _ fingerprint: OutputManifest.Fingerprint) throws {
        let isNew = state.withLock { state -> Bool in
            guard state.manifest.files[path] == nil else { return false }
            state.manifest.files[path] = fingerprint
            return true
        }
        guard isNew else { throw OutputFiles.PathError.duplicate(path) }
    }

    /// Counts a file of the previous build as made again with the same bytes, without having them
    /// (the caller knows they did not change).
    func keep(_ path: String, _ fingerprint: OutputManifest.Fingerprint) throws {
        guard staging == nil, previous.files[path] == fingerprint else {
            throw OutputCommit.CommitError.write("\(path): cannot keep a file the previous build did not write")
        }
        try record(path, fingerprint)
    }

    /// True when `keep` can stand for writing the file again (every build but the first).
    var keepsPreviousFiles: Bool { staging == nil }

    /// The fingerprint of a file this build wrote or kept, if it did.
    func fingerprint(_ path: String) -> OutputManifest.Fingerprint? { state.withLock { $0.manifest.files[path] } }

    var count: Int { state.withLock { $0.manifest.files.count } }

    var paths: [String] { state.withLock { Array($0.manifest.files.keys) } }

    /// What `commit()` did, once it did.
    var report: Report? { state.withLock { $0.report } }

    /// Swaps the first build's staging folder in; later, writes the changed files (each beside
    /// and renamed, so the server never reads a half-written file) and removes those the build no
    /// longer makes.
    func commit() throws {
        let (manifest, changes) = state.withLock { ($0.manifest, $0.pending.sorted { $0.key < $1.key }) }
        if let staging {
            try staging.commit()
            state.withLock { $0.report = Report(manifest: manifest, written: staging.written, removed: 0) }
            return
        }
        let failures = FailureBox()
        let folderPath = self.folderPath
        DispatchQueue.concurrentPerform(iterations: changes.count) { index in
            let (path, bytes) = changes[index]
            do {
                try FileWriting.inFolder(folderPath, path) { try FileWriting.write(bytes, to: $0, atomic: true) }
            } catch {
                failures.record("\(error)")
            }
        }
        state.withLock { $0.pending = [:] }
        if let first = failures.first { throw OutputCommit.CommitError.write(first) }
        var removed = 0
        for path in previous.files.keys.sorted() where manifest.files[path] == nil {
            let url = folder.appendingPathComponent(path)
            guard (try? FileManager.default.removeItem(at: url)) != nil else { continue }
            removed += 1
            // Folders left empty go too (rmdir refuses a folder that still holds anything).
            var parent = url.deletingLastPathComponent()
            while parent.path.count > folder.path.count, rmdir(parent.path) == 0 { parent.deleteLastPathComponent() }
        }
        state.withLock { $0.report = Report(manifest: manifest, written: changes.count, removed: removed) }
    }

    /// Abandons a failed build: the first build's staging folder is deleted; later, nothing was
    /// written yet.
    func discard() {
        state.withLock { $0.pending = [:] }
        staging?.discard()
    }
}
