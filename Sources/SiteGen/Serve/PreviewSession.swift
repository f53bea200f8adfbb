import Foundation
import OpenData
import Synchronization

/// Builds one site again and again in the same process, doing only the work a change needs:
/// sources whose files did not change are not read or parsed again (`SourceCache`), Markdown whose
/// text did not change is not rendered again, jobs whose input did not change are not made again
/// (`IncrementalRunner`) and only files whose bytes changed are written (`IncrementalOutput`).
/// The first build writes the whole site.
public final class PreviewSession: Sendable {
    public let options: SiteBuilder.Options
    public let cache: SourceCache
    private let memo = JobMemo()
    /// The last good build's files, which are on disk.
    private let manifest = Mutex<OutputManifest?>(nil)

    /// What one rebuild did.
    public struct Outcome: Sendable {
        public var summary: BuildSummary
        /// Files whose bytes changed and were written.
        public var written: Int
        /// Files of the previous build that the new one no longer makes.
        public var removed: Int
    }

    public init(options: SiteBuilder.Options) {
        self.options = options
        // Every source is read against the territory list.
        cache = SourceCache(readAgainst: [options.content.appendingPathComponent(ContentLayout.territories)])
    }

    /// Rebuilds; on failure the output folder is left exactly as the last good build wrote it.
    public func rebuild() throws -> Outcome {
        // If the output folder was removed behind our back, write the whole site again.
        if !FileManager.default.fileExists(atPath: options.output.path) { manifest.withLock { $0 = nil } }
        let files = try IncrementalOutput(destination: options.output, previous: manifest.withLock { $0 })
        let runner = IncrementalRunner(files: files, memo: memo, cache: cache, contentRoot: options.content)
        do {
            let summary = try BuildPipeline(options: options, reading: cache, runner: runner).run()
            guard let report = files.report else { throw OutputCommit.CommitError.write("the build ended without committing its output") }
            manifest.withLock { $0 = report.manifest }
            cache.endBuild()
            memo.endBuild(succeeded: true)
            return Outcome(summary: summary, written: report.written, removed: report.removed)
        } catch {
            cache.endBuild(succeeded: false)
            memo.endBuild(succeeded: false)
            throw error
        }
    }
}
