import Foundation
import OpenData
import Synchronization

/// The whole build, stage by stage, in the order they run. Each stage is a small type with a typed
/// input and output; this is the only place that says what runs alongside what.
///
///  1. read: the content folder → the validated model (`SiteContent`)
///  2. datasets: the model → the open datasets' tables
///  3. data files: the tables → CSV, JSON and spreadsheet files        ┐ on a thread of their own,
///  4. catalog: the data files → Data Packages, DCAT, data.json, ZIPs  ┘ alongside 5 and 6
///  5. site files: feeds, calendars, search index, assets, original files (a thread of their own)
///  6. pages: every HTML page, on every core; the catalog's pages join once 4 is done
///  7. sitemap: every page written
///  8. swap: the finished output becomes the site, in one step
///
/// The stages write through `runner` (every job made: `PlainRunner`; or only the changed ones:
/// `IncrementalRunner`, for `sitegen serve`) into its output, and read sources through `reading`.
struct BuildPipeline {
    let options: SiteBuilder.Options
    let reading: any SourceReading
    let runner: any JobRunner

    func run() throws -> BuildSummary {
        let started = Date()
        let output = runner.output
        var timings = StageTimings()
        do {
            // 1. Read.
            let (loaded, diagnostics) = ReadStage(options: options, reading: reading).run()
            FreedMemory.release()
            timings.mark("read and validate")
            guard let content = loaded, !diagnostics.hasErrors else { throw SiteBuilder.BuildError.invalidSources(diagnostics) }
            let theme = try Theme.load(explicit: options.theme, content: options.content)

            // 2. Datasets.
            let datasets = DatasetsStage().run(content)
            timings.mark("datasets")

            // 3 and 4, on a thread of their own: the data files, then the catalog (mostly one core).
            let runner = self.runner
            let dataFilesSeconds = Mutex(0.0)
            let catalog = BackgroundWork { () throws -> CatalogStage.Result in
                let started = Date()
                let files = try DataFilesStage(runner: runner).run(datasets, content: content)
                dataFilesSeconds.withLock { $0 = Date().timeIntervalSince(started) }
                return try CatalogStage(runner: runner).run(datasets, files: files, content: content)
            }

            // 5 on a thread of its own too (it reads the model only, and writes no page), so the
            // pages start at once; 6, meanwhile, on every core.
            let siteFiles = BackgroundWork { try SiteFilesStage(output: output).run(content, theme: theme) }
            let pages = Result { () throws -> Int in
                defer { timings.mark("pages") }
                let jobs = PageJobs(content: content, html: runner.html, words: theme.words)
                return try PagesStage(runner: runner, theme: theme, content: content)
                    .run(now: jobs.jobs(), later: { jobs.catalogJobs(try catalog.wait()) })
            }
            // Both finish before anything is thrown (the output may be discarded then); the data
            // files' and the catalog's errors come first, then the site files'.
            let (catalogDone, siteFilesDone) = (Result { try catalog.wait() }, Result { try siteFiles.wait() })
            _ = try catalogDone.get()
            try siteFilesDone.get()
            FreedMemory.release()
            timings.record("  (data files and catalog, alongside)", seconds: catalog.seconds)
            timings.record("    of which data files", seconds: dataFilesSeconds.withLock { $0 })
            timings.record("  (feeds, search, assets, original files, alongside)", seconds: siteFiles.seconds)
            let pageCount = try pages.get()

            // 7. Sitemap.
            if let sitemap = try Sitemap.xml(paths: output.paths, baseURL: content.config.baseURL, theme: theme) { try output.write(Sitemap.path, sitemap) }
            timings.mark("sitemap")

            // 8. Swap.
            let files = output.count
            try output.commit()
            timings.mark("swap in")
            return BuildSummary(pages: pageCount, datasets: datasets.count, files: files,
                                seconds: Date().timeIntervalSince(started), diagnostics: diagnostics,
                                notes: CatalogStage.notes(content.config) + SiteReadiness.buildNotes(content), timings: timings)
        } catch {
            output.discard()
            throw error
        }
    }
}
