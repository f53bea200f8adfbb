import Foundation
import OpenData

/// Builds one site again and again in the same process, doing only the work a change needs:
/// sources whose files did not change are not read or parsed again (`SourceCache`), Markdown whose
/// text did not change is not rendered again, and only files whose bytes changed are written
/// (`OutputStage` in place). The first build writes the whole site.
public final class PreviewSession: @unchecked Sendable {
    public let options: SiteBuilder.Options
    public let cache = SourceCache()
    private var manifest: OutputManifest?

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
    }

    /// Rebuilds; on failure the output folder is left exactly as the last good build wrote it.
    public func rebuild() throws -> Outcome {
        // If the output folder was removed behind our back, write the whole site again.
        if !FileManager.default.fileExists(atPath: options.output.path) { manifest = nil }
        let mode: OutputStage.Mode = manifest.map { .inPlace(previous: $0) } ?? .staging
        let stage = try OutputStage(destination: options.output, mode: mode)
        do {
            let summary = try SiteBuilder(options: options).build(into: stage, cache: cache)
            let report = try stage.commit()
            manifest = report.manifest
            cache.endBuild()
            return Outcome(summary: summary, written: report.written, removed: report.removed)
        } catch {
            stage.discard()
            cache.endBuild(succeeded: false)
            throw error
        }
    }
}
