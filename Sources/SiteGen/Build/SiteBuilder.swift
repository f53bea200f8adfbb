import Foundation
import OpenData

/// What a build did, for the one-line summary.
public struct BuildSummary: Sendable {
    public var pages: Int
    public var datasets: Int
    public var files: Int
    public var seconds: Double
    public var diagnostics: Diagnostics
    /// Things the build could not do that are not problems of the sources (e.g. no base_url).
    public var notes: [String]
    /// Time spent in each stage.
    public var timings: StageTimings
}

/// The build, stage by stage: read the content → validate → model → render pages and write
/// datasets → swap the finished output in. Each stage is one call below; nothing is written to the
/// destination unless every stage succeeded.
public struct SiteBuilder {
    public struct Options: Sendable {
        public var content: URL
        public var output: URL
        public var theme: URL?
        /// Treat warnings as errors.
        public var strict: Bool
        public var environment: [String: String]

        public init(content: URL, output: URL, theme: URL? = nil, strict: Bool = false,
                    environment: [String: String] = ProcessInfo.processInfo.environment) {
            self.content = content
            self.output = output
            self.theme = theme
            self.strict = strict
            self.environment = environment
        }
    }

    public let options: Options

    public init(options: Options) {
        self.options = options
    }

    public enum BuildError: Error, CustomStringConvertible {
        /// The sources have errors; nothing was written.
        case invalidSources(Diagnostics)
        case output(String)

        public var description: String {
            switch self {
            case .invalidSources(let diagnostics):
                return "the content has \(diagnostics.errorCount) error(s); nothing was written"
            case .output(let message): return message
            }
        }
    }

    /// Reads and validates the content without writing anything (`sitegen check`).
    public func check(cache: SourceCache? = nil) -> (SiteContent?, Diagnostics) {
        var diagnostics = Diagnostics()
        let loader = ContentLoader(root: options.content, environment: options.environment,
                                   reading: cache.map { $0 as any SourceReading } ?? DirectReading())
        var content = loader.load(diagnostics: &diagnostics)
        if options.strict {
            var promoted = Diagnostics()
            for item in diagnostics.items { promoted.append(Diagnostic(.error, item.location, item.problem, agencyCode: item.agencyCode)) }
            diagnostics = promoted
        }
        content?.diagnostics = diagnostics
        return (content, diagnostics)
    }

    /// Runs every stage and swaps the result into the output folder.
    public func build() throws -> BuildSummary {
        let stage = try OutputStage(destination: options.output)
        do {
            var summary = try build(into: stage)
            try stage.commit()
            summary.timings.mark("swap in")
            return summary
        } catch {
            stage.discard()
            throw error
        }
    }

    /// Runs every stage, handing each file to `stage` as soon as it is ready (so the finished site
    /// never sits in memory whole); the caller commits the stage. `cache` keeps parsed sources
    /// between builds of one process (`sitegen serve`).
    public func build(into stage: OutputStage, cache: SourceCache? = nil) throws -> BuildSummary {
        let started = Date()
        var timings = StageTimings()
        let stamps = cache.map { _ in PageInputs.Stamps(contentRoot: options.content) }
        let (loaded, diagnostics) = check(cache: cache)
        FreedMemory.release()
        timings.mark("read and validate")
        guard let content = loaded, !diagnostics.hasErrors else { throw BuildError.invalidSources(diagnostics) }
        let theme = try Theme(root: Theme.locate(explicit: options.theme, content: options.content))
        let datasets = DatasetBuilder.datasets(for: content.data, municipality: content.config.municipality) + [QualityTables.dataset(diagnostics, data: content.data)]
        timings.mark("datasets")
        // The data files and the catalog (mostly on one core) are made alongside the feeds and the
        // pages; the catalog's own pages are rendered once it is ready. Its errors still come first.
        let contentRoot = options.content
        let dataFiles = BackgroundWork {
            try DataFilesStage.write(datasets, content: content, contentRoot: contentRoot, into: stage, cache: cache)
        }
        let pages = Result { () throws -> Int in
            var output = try SiteFiles(content: content, theme: theme).render()
            for asset in theme.assets { try output.add(asset.path, asset.bytes) }
            try stage.write(output)
            try OriginalFileCopy.copy(content.originals, into: stage)
            timings.mark("feeds, search, assets, original files")
            defer { timings.mark("pages") }
            var renderer = PageRenderer(content: content, theme: theme, cache: cache)
            renderer.versions = stamps.map { PageInputs.versions(content: content, stamps: $0, theme: theme) }
            return try renderer.render(into: stage) { try dataFiles.wait() }
        }
        _ = try dataFiles.wait()
        FreedMemory.release()
        timings.record("  (data files and catalog, alongside)", seconds: dataFiles.seconds)
        let pageCount = try pages.get()
        if let sitemap = try Sitemap.xml(paths: stage.paths, baseURL: content.config.baseURL, theme: theme) { try stage.write(Sitemap.path, sitemap) }
        timings.mark("sitemap")
        return BuildSummary(pages: pageCount, datasets: datasets.count, files: stage.count,
                            seconds: Date().timeIntervalSince(started), diagnostics: diagnostics,
                            notes: CatalogStage.notes(content.config), timings: timings)
    }
}
