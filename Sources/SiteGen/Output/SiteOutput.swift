import Foundation

/// Where a job writes its files, from any thread, as soon as each one is ready.
protocol FileSink: Sendable {
    /// Writes one file. Paths are checked like `OutputFiles.add`: relative, safe segments, and
    /// never twice in one build.
    func write(_ path: String, _ bytes: [UInt8]) throws
    /// Writes one file that `produce` hands over in pieces, so a national dataset is never held whole.
    func write(_ path: String, pieces produce: (_ piece: ([UInt8]) throws -> Void) throws -> Void) throws
}

/// The output of one build: files go in as they are made, and `commit()` makes them the site only
/// when every stage succeeded. `OutputFolder` is the plain build's; `sitegen serve` writes through
/// `IncrementalOutput` (Incremental/).
protocol SiteOutput: FileSink, AnyObject {
    /// Number of files made so far.
    var count: Int { get }
    /// Every path made so far.
    var paths: [String] { get }
    /// Makes the files written the site, in one step.
    func commit() throws
    /// Abandons a failed build: the site stays as it was.
    func discard()
}

extension FileSink {
    /// Writes every file of `files`, in parallel across the cores.
    func write(_ files: OutputFiles) throws {
        let entries = files.files.sorted { $0.key < $1.key }
        let failures = FailureBox()
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            do { try write(entries[index].key, entries[index].value) } catch { failures.record("\(error)") }
        }
        if let first = failures.first { throw OutputCommit.CommitError.write(first) }
    }
}
