import Foundation
import OpenData

/// Where a build writes its files as soon as each one is ready, from any thread, so the finished
/// site never has to sit in memory whole (at national scale it is gigabytes).
///
/// Two modes:
/// - `staging`: files go into a new folder beside the destination, swapped in by `commit()` only
///   when everything was written (what `sitegen build` does: a failed build changes nothing);
/// - `inPlace`: files go straight into the live folder, and only when their bytes differ from the
///   previous build's (what `sitegen serve` does: a rebuild touches only what changed). `commit()`
///   then removes the files the new build no longer makes.
public final class OutputStage: @unchecked Sendable {
    public enum Mode: Sendable {
        case staging
        case inPlace(previous: OutputManifest)
    }

    public let destination: URL
    public let mode: Mode
    /// The folder files are written into: the staging folder, or the destination itself.
    let folder: URL
    /// `folder`'s path, without a final slash.
    private let folderPath: String
    private let lock = NSLock()
    private var manifest = OutputManifest()
    private var written = 0
    private var failure: String?
    /// Changed files of an in-place build, written by `commit()`.
    private var pending: [String: [UInt8]] = [:]
    /// Files being written in pieces (their fingerprint is known only at the end).
    private var streaming = Set<String>()

    /// What `commit()` did.
    public struct Report: Sendable {
        /// Every file of the new build with its fingerprint, for the next in-place build.
        public var manifest: OutputManifest
        /// Files whose bytes were written (all of them when staging, the changed ones in place).
        public var written: Int
        /// Files of the previous build that were removed (in place only).
        public var removed: Int
    }

    public init(destination: URL, mode: Mode = .staging) throws {
        self.destination = destination.standardizedFileURL
        self.mode = mode
        let fm = FileManager.default
        let parent = self.destination.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        switch mode {
        case .staging:
            let token = UUID().uuidString.prefix(8)
            folder = parent.appendingPathComponent(".\(self.destination.lastPathComponent).new-\(token)")
            try? fm.removeItem(at: folder)
        case .inPlace:
            folder = self.destination
        }
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        var folderPath = folder.path
        while folderPath.count > 1 && folderPath.hasSuffix("/") { folderPath.removeLast() }
        self.folderPath = folderPath
    }

    /// Writes one file (thread-safe). Paths are checked like `OutputFiles.add`: relative, safe
    /// segments, and never twice in one build.
    @discardableResult
    public func write(_ path: String, _ bytes: [UInt8]) throws -> OutputManifest.Fingerprint {
        guard OutputFiles.isSafe(path) else { throw OutputFiles.PathError.unsafe(path) }
        let fingerprint = OutputManifest.Fingerprint(bytes)
        let (isNew, unchanged) = lock.withLock { () -> (Bool, Bool) in
            guard manifest.files[path] == nil, !streaming.contains(path) else { return (false, false) }
            manifest.files[path] = fingerprint
            var unchanged = false
            if case .inPlace(let previous) = mode { unchanged = previous.files[path] == fingerprint }
            return (true, unchanged)
        }
        guard isNew else { throw OutputFiles.PathError.duplicate(path) }
        if unchanged { return fingerprint }
        if case .inPlace = mode {
            // Held until commit, so a build that fails half-way leaves the served site untouched.
            lock.withLock { pending[path] = bytes }
            return fingerprint
        }
        try store(path, bytes, atomic: false)
        return fingerprint
    }

    /// Writes one file that `produce` hands over in pieces (thread-safe). Staging, each piece goes
    /// straight to disk, so a national dataset is never held whole; in place (a preview of a
    /// city) the pieces are joined and written like any file.
    @discardableResult
    public func write(_ path: String, pieces produce: (_ piece: ([UInt8]) throws -> Void) throws -> Void) throws -> OutputManifest.Fingerprint {
        guard OutputFiles.isSafe(path) else { throw OutputFiles.PathError.unsafe(path) }
        if case .inPlace = mode {
            var whole: [UInt8] = []
            try produce { whole.append(contentsOf: $0) }
            return try write(path, whole)
        }
        let isNew = lock.withLock { manifest.files[path] == nil && !streaming.contains(path) && streaming.insert(path).inserted }
        guard isNew else { throw OutputFiles.PathError.duplicate(path) }
        var fingerprint = OutputManifest.Fingerprint.Builder()
        try withoutActuallyEscaping(produce) { produce in
            try store(path) { target in
                // Opening is what fails when the folder is missing, before any piece is made.
                let file = try FileWriting.Stream(path: target)
                fingerprint = OutputManifest.Fingerprint.Builder()
                do {
                    try produce { piece in
                        try file.write(piece)
                        fingerprint.add(piece)
                    }
                    try file.close()
                } catch {
                    try? file.close()
                    throw error
                }
            }
        }
        let made = fingerprint.finish()
        lock.withLock { manifest.files[path] = made }
        return made
    }

    private func store(_ path: String, _ bytes: [UInt8], atomic: Bool) throws {
        try store(path) { try FileWriting.write(bytes, to: $0, atomic: atomic) }
    }

    /// Runs `write` with the file's full path, making its folder when it is missing; counts the
    /// file, or records the first failure of the build.
    private func store(_ path: String, write: (String) throws -> Void) throws {
        // Joined as text: building a URL per file was a twentieth of a 10,000-page build.
        let target = folderPath + "/" + path
        // A page is the first file of its own folder: making the folder first spares a failed open.
        if path.hasSuffix("/index.html") { mkdir(String(target[..<target.lastIndex(of: "/")!]), 0o755) }
        do {
            do {
                try write(target)
            } catch let failure as FileWriting.Failure where failure.code == ENOENT {
                // First file of its folder (several threads may get here at once; that is fine).
                let parent = String(target[..<target.lastIndex(of: "/")!])
                if mkdir(parent, 0o755) != 0 && errno != EEXIST {
                    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                }
                try write(target)
            }
            lock.withLock { written += 1 }
        } catch {
            let message = "\(error)"
            lock.withLock { if failure == nil { failure = message } }
            throw OutputCommit.CommitError.write(message)
        }
    }

    /// True when files of the previous build stay on disk unless rewritten (in place), so `keep`
    /// can stand for writing them again.
    public var keepsPreviousFiles: Bool {
        if case .inPlace = mode { return true }
        return false
    }

    /// Counts a file of the previous build as made again with the same bytes, without having them
    /// (in place only; the caller knows they did not change).
    func keep(_ path: String, _ fingerprint: OutputManifest.Fingerprint) throws {
        guard case .inPlace(let previous) = mode, previous.files[path] == fingerprint else {
            throw OutputCommit.CommitError.write("\(path): cannot keep a file the previous build did not write")
        }
        let isNew = lock.withLock { () -> Bool in
            guard manifest.files[path] == nil else { return false }
            manifest.files[path] = fingerprint
            return true
        }
        guard isNew else { throw OutputFiles.PathError.duplicate(path) }
    }

    /// Writes every file of `files`, in parallel across the cores; returns each path's fingerprint.
    @discardableResult
    public func write(_ files: OutputFiles) throws -> [(String, OutputManifest.Fingerprint)] {
        let entries = files.files.sorted { $0.key < $1.key }
        let failures = FailureBox()
        let prints = ResultSlots<OutputManifest.Fingerprint>(count: entries.count)
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            do { prints.set(index, .success(try write(entries[index].key, entries[index].value))) } catch {
                failures.record("\(error)")
            }
        }
        if let first = failures.first { throw OutputCommit.CommitError.write(first) }
        return try entries.indices.map { (entries[$0].key, try prints.get($0)) }
    }

    /// The fingerprint of a file this build wrote or kept, if it did.
    func fingerprint(_ path: String) -> OutputManifest.Fingerprint? { lock.withLock { manifest.files[path] } }

    /// Number of files written so far.
    public var count: Int { lock.withLock { manifest.files.count } }

    /// Every path the build has made so far.
    public var paths: [String] { lock.withLock { Array(manifest.files.keys) } }

    /// Finishes the build: swaps the staging folder in, or removes files the build no longer makes.
    @discardableResult
    public func commit() throws -> Report {
        let (manifest, written, failure) = lock.withLock { (self.manifest, self.written, self.failure) }
        if let failure {
            discard()
            throw OutputCommit.CommitError.write(failure)
        }
        switch mode {
        case .staging:
            try OutputCommit.swap(staging: folder, into: destination)
            return Report(manifest: manifest, written: written, removed: 0)
        case .inPlace(let previous):
            let changes = lock.withLock { pending.sorted { $0.key < $1.key } }
            let failures = FailureBox()
            DispatchQueue.concurrentPerform(iterations: changes.count) { index in
                let (path, bytes) = changes[index]
                // Written beside and renamed, so the server never reads a half-written file.
                do { try store(path, bytes, atomic: true) } catch { failures.record("\(error)") }
            }
            lock.withLock { pending = [:] }
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
            let written = lock.withLock { self.written }
            return Report(manifest: manifest, written: written, removed: removed)
        }
    }

    /// Abandons a failed build: the staging folder is deleted; in place, nothing was written yet.
    public func discard() {
        lock.withLock { pending = [:] }
        if case .staging = mode { try? FileManager.default.removeItem(at: folder) }
    }
}

/// The files of a finished build with a fingerprint of their bytes, so the next build in the same
/// process can skip writing files that did not change.
public struct OutputManifest: Sendable {
    /// Size and a 64-bit FNV-style hash of a file's bytes, eight bytes at a time.
    public struct Fingerprint: Sendable, Hashable {
        public var size: Int
        public var hash: UInt64

        public init(_ bytes: [UInt8]) {
            var builder = Builder()
            builder.add(bytes)
            self = builder.finish()
        }

        init(size: Int, hash: UInt64) {
            self.size = size
            self.hash = hash
        }

        /// The fingerprint of bytes given in pieces: the same as of the pieces joined.
        public struct Builder: Sendable {
            private var h: UInt64 = 0xcbf2_9ce4_8422_2325
            private var size = 0
            /// The last bytes of a piece that did not fill a word, carried to the next piece.
            private var carry: [UInt8] = []
            private static let prime: UInt64 = 0x100_0000_01b3

            public init() {}

            public mutating func add(_ bytes: [UInt8]) {
                size += bytes.count
                let joined = carry.isEmpty ? bytes : carry + bytes
                let whole = joined.count / 8 * 8
                joined.withUnsafeBytes { raw in
                    // Eight bytes per step: the hash only has to tell one build's file from the next.
                    var offset = 0
                    while offset < whole {
                        h = (h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* Self.prime
                        h ^= h >> 29
                        offset += 8
                    }
                }
                carry = Array(joined[whole...])
            }

            public func finish() -> Fingerprint {
                var h = self.h
                for byte in carry { h = (h ^ UInt64(byte)) &* Self.prime }
                return Fingerprint(size: size, hash: h)
            }
        }
    }

    public var files: [String: Fingerprint] = [:]

    public init() {}
}

/// Writes a file with plain POSIX calls. Foundation's `Data.write` syncs every file to disk
/// (fsync), which made writing thousands of small pages the slowest stage; a build's output does
/// not need that (a killed build leaves only a staging folder that the next one removes).
enum FileWriting {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "\(path): \(String(cString: strerror(code)))" }
    }

    /// A file written piece by piece.
    final class Stream {
        private let fd: Int32
        private let path: String
        private var closed = false

        /// Opens `path`; problems name `reportedAs` (the file a temporary one stands for).
        init(path: String, reportedAs: String? = nil) throws {
            self.path = reportedAs ?? path
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw Failure(path: self.path, code: errno) }
        }

        func write(_ bytes: [UInt8]) throws {
            var offset = 0
            try bytes.withUnsafeBytes { raw in
                while offset < raw.count {
                    let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw Failure(path: path, code: errno)
                    }
                    offset += n
                }
            }
        }

        func close() throws {
            guard !closed else { return }
            closed = true
            if Foundation.close(fd) != 0 { throw Failure(path: path, code: errno) }
        }
    }

    static func write(_ bytes: [UInt8], to path: String, atomic: Bool) throws {
        let target = atomic ? path + ".sitegen-tmp" : path
        let file = try Stream(path: target, reportedAs: path)
        do {
            try file.write(bytes)
            try file.close()
        } catch {
            try? file.close()
            throw error
        }
        if atomic, rename(target, path) != 0 { throw Failure(path: path, code: errno) }
    }
}
