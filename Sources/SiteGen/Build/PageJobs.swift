import Foundation
import OpenData

/// Renders every HTML page of the site: builds each page's view model and runs it through the
/// theme, in parallel across the cores (Markdown parsing stays serialised inside MarkdownRenderer).
struct PageRenderer {
    let content: SiteContent
    let theme: Theme
    var catalog: CatalogStage.Result? = nil
    /// Rendered Markdown kept between builds (`sitegen serve`).
    var cache: SourceCache? = nil
    /// This build's version of each part of the content (`sitegen serve`): a page none of whose
    /// inputs changed is kept without making its view model.
    var versions: PageInputs.Versions? = nil

    /// One page to render: its output folder, template, the parts of the content it reads (and
    /// what it alone reads, e.g. its Markdown) and a view-model builder.
    struct Job: Sendable {
        var path: String
        var template: String
        var reads: PageInputs = .everything
        var own: Int? = nil
        var model: @Sendable () -> Any
    }

    func jobs() -> [Job] {
        let content = self.content
        let context = PageContext(config: content.config)
        let markdown = MarkdownRenderer()
        let cache = self.cache
        var jobs: [Job] = [
            Job(path: HomePage.path, template: "home", reads: [.data, .pageList, .shapes, .agenda]) { HomePage(content: content, context: context) },
            Job(path: TerritoriesIndexPage.path, template: "territories", reads: [.data, .pageList, .shapes]) {
                TerritoriesIndexPage(content: content, context: context)
            },
            Job(path: ReportsIndexPage.path, template: "reports", reads: .data) { ReportsIndexPage(content: content, context: context) },
        ]
        for territory in content.data.territories.territories {
            jobs.append(Job(path: TerritoryPage.path(territory), template: "territory", reads: [.data, .pageList, .agenda, .shapes]) {
                TerritoryPage(territory: territory, content: content, context: context)
            })
        }
        if let report = content.data.latest {
            var byBP: [String: [Project]] = [:]
            for project in report.projects { byBP[project.bp, default: []].append(project) }
            for (bp, parts) in byBP.sorted(by: { $0.key < $1.key }) {
                // In `serve`, a project's page is made again only when its own rows change.
                let own = versions == nil ? nil : PageInputs.project(bp, data: content.data)
                jobs.append(Job(path: ProjectPage.path(bp), template: "project", reads: [], own: own) {
                    ProjectPage(parts: parts, content: content, report: report, context: context)
                })
            }
        }
        // A project the latest cut no longer reports keeps its ficha, from the last cut that does.
        for (bp, index) in content.data.projectsDroppedBeforeLatest {
            let own = versions == nil ? nil : PageInputs.project(bp, data: content.data)
            let report = content.data.reports[index]
            jobs.append(Job(path: ProjectPage.path(bp), template: "project", reads: [], own: own) {
                ProjectPage(parts: content.data.project(bp: bp, inReport: index), content: content, report: report, context: context)
            })
        }
        for report in content.data.reports {
            jobs.append(Job(path: ReportPage.path(report.cut), template: "report", reads: .data) {
                ReportPage(report: report, content: content, context: context)
            })
        }
        for section in MarkdownPage.Section.allCases {
            jobs.append(Job(path: "\(section.rawValue)/", template: "section", reads: [.data, .pageList]) {
                SectionIndexPage(section: section, content: content, context: context)
            })
        }
        jobs += participationJobs(context: context)
        for page in content.pages {
            jobs.append(Job(path: page.path, template: "page", reads: [.data, .pageList], own: PageInputs.own(page)) {
                MarkdownPageView(page: page, html: cache?.html(for: page.markdown, render: markdown.render) ?? markdown.render(page.markdown),
                             content: content, context: context)
            })
        }
        jobs += siteJobs(context: context)
        jobs += catalogJobs()
        jobs += qualityJobs(context: context)
        return jobs
    }

    /// Renders every page and hands each one to `stage` as soon as it is ready; returns the number
    /// of pages.
    func render(into stage: OutputStage) throws -> Int {
        try render(into: stage, catalogFrom: nil)
    }

    /// Renders every page and hands each one to `stage` as soon as it is ready; returns the number
    /// of pages. With `catalogFrom`, the catalog's own pages are added once it gives the catalog
    /// (it may wait for it: the other pages render meanwhile).
    func render(into stage: OutputStage, catalogFrom pending: (@Sendable () throws -> CatalogStage.Result)?) throws -> Int {
        let more: (@Sendable () throws -> [Job])?
        if let pending {
            let withoutCatalog = self
            more = {
                var withCatalog = withoutCatalog
                withCatalog.catalog = try pending()
                return withCatalog.catalogJobs()
            }
        } else {
            more = nil
        }
        let queue = PageQueue(jobs(), more: more)
        let theme = self.theme
        let failures = FailureBox()
        // In `serve`, a page whose view model and templates are those of the last good build is
        // already right on disk: it is not rendered again.
        let memo = cache
        let canKeep = stage.keepsPreviousFiles
        DispatchQueue.concurrentPerform(iterations: PageQueue.workers) { _ in
            while let job = queue.take() {
                let path = job.path + "index.html"
                do {
                    let inputs = versions?.key(path: path, template: job.template, inputs: job.reads, own: job.own)
                    if canKeep, let inputs, let known: OutputManifest.Fingerprint = memo?.unchangedValue(path, key: inputs) {
                        try stage.keep(path, known)
                        continue
                    }
                    defer { if let inputs, let memo, let made = stage.fingerprint(path) { memo.recordValue(path, key: inputs, made) } }
                    let model = MustacheBox.box(job.model())
                    // Remembered apart from the inputs' key: same path, another slot.
                    let modelSlot = path + "\u{1F}view model"
                    var key: Int?
                    if let memo, let fingerprint = ModelFingerprint.of(model) {
                        var hasher = Hasher()
                        hasher.combine(theme.fingerprint)
                        hasher.combine(job.template)
                        hasher.combine(fingerprint)
                        key = hasher.finalize()
                        if canKeep, let known: OutputManifest.Fingerprint = memo.unchangedValue(modelSlot, key: key!) {
                            try stage.keep(path, known)
                            continue
                        }
                    }
                    let written = try stage.write(path, Array(try theme.render(job.template, model).utf8))
                    if let memo, let key { memo.recordValue(modelSlot, key: key, written) }
                } catch {
                    failures.record("\(error)")
                }
            }
        }
        if let error = queue.failure { throw error }
        if let first = failures.first { throw SiteBuilder.BuildError.output(first) }
        return queue.count
    }

    func render() throws -> OutputFiles {
        let jobs = jobs()
        let results = ResultSlots<String>(count: jobs.count)
        let theme = self.theme
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            results.set(index, Result { try theme.render(job.template, job.model()) })
        }
        var output = OutputFiles()
        for (index, job) in jobs.enumerated() {
            let html = try results.get(index)
            try output.add(job.path + "index.html", text: html)
        }
        return output
    }
}

/// Fixed slots filled by parallel work, read after it finished.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Result<Value, Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Value, Error>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    func get(_ index: Int) throws -> Value {
        lock.lock()
        defer { lock.unlock() }
        return try slots[index]!.get()
    }
}
