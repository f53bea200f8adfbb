import Foundation

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

    /// Writes `pieces` to `path` as they come.
    static func write(to path: String, pieces produce: (_ piece: ([UInt8]) throws -> Void) throws -> Void) throws {
        // Opening is what fails when the folder is missing, before any piece is made.
        let file = try Stream(path: path)
        do {
            try produce { try file.write($0) }
            try file.close()
        } catch {
            try? file.close()
            throw error
        }
    }

    /// Runs `write` with `relative`'s full path under `folder` (no final slash), making the file's
    /// folder when it is missing.
    static func inFolder(_ folder: String, _ relative: String, write: (String) throws -> Void) throws {
        // Joined as text: building a URL per file was a twentieth of a 10,000-page build.
        let target = folder + "/" + relative
        // A page is the first file of its own folder: making the folder first spares a failed open.
        if relative.hasSuffix("/index.html") { mkdir(String(target[..<target.lastIndex(of: "/")!]), 0o755) }
        do {
            try write(target)
        } catch let failure as Failure where failure.code == ENOENT {
            // First file of its folder (several threads may get here at once; that is fine).
            let parent = String(target[..<target.lastIndex(of: "/")!])
            if mkdir(parent, 0o755) != 0 && errno != EEXIST {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            }
            try write(target)
        }
    }
}
