import Foundation
import OpenData

/// The parts of the content a page is made from, so `sitegen serve` can tell which pages a change
/// can reach before making any view model: after editing one Markdown page, the 30,000 project
/// pages of a national site are not even looked at. Every page also depends on site.yml and the
/// theme; a page that declares nothing reads everything.
struct PageInputs: OptionSet, Sendable, Hashable {
    let rawValue: Int

    /// Everything read from the data files (Cuadro 1S, plans, diagnoses, budget, territories).
    static let data = PageInputs(rawValue: 1 << 0)
    /// The Markdown pages' front matter (titles, sections, dates, territories), not their bodies.
    static let pageList = PageInputs(rawValue: 1 << 1)
    static let agenda = PageInputs(rawValue: 1 << 2)
    static let shapes = PageInputs(rawValue: 1 << 3)
    /// The problems found in the sources.
    static let diagnostics = PageInputs(rawValue: 1 << 4)
    static let everything = PageInputs(rawValue: (1 << 5) - 1)

    /// One build's version of each part: hashes, comparable only within one process.
    struct Versions: Sendable {
        var global: Int
        /// Each part of the content with its version.
        var parts: [(part: PageInputs, version: Int)]

        /// The key of a page that reads `inputs`, plus what it alone reads (`own`).
        func key(path: String, template: String, inputs: PageInputs, own: Int?) -> Int {
            var hasher = Hasher()
            hasher.combine(global)
            hasher.combine(path)
            hasher.combine(template)
            hasher.combine(own)
            for (part, version) in parts where inputs.contains(part) { hasher.combine(version) }
            return hasher.finalize()
        }
    }

    /// The stamps of the content's files, taken before the content is read (a file saved while it
    /// is being read then looks changed to the next build, never the other way round), hashed in
    /// two parts: the data files, and the GeoJSON outlines. Markdown, site.yml and agenda.csv are
    /// compared by what was read from them.
    struct Stamps: Sendable {
        var data: Int
        var shapes: Int

        init(contentRoot: URL) {
            var data = Hasher()
            var shapes = Hasher()
            let root = contentRoot.standardizedFileURL.path
            let files = FileManager.default.enumerator(atPath: root)
            var paths: [String] = []
            while let path = files?.nextObject() as? String {
                if path.hasSuffix(".md") || path == "site.yml" || path == "agenda.csv" || path.hasPrefix(".") { continue }
                // Files only: a folder's times change whenever a file in it is saved by renaming.
                if (files?.fileAttributes?[.type] as? FileAttributeType) != .typeRegular { continue }
                paths.append(path)
            }
            for path in paths.sorted() {
                let stamp = SourceCache.Stamp.of(root + "/" + path)
                if path.hasPrefix("geo/") {
                    shapes.combine(path)
                    shapes.combine(stamp)
                } else {
                    data.combine(path)
                    data.combine(stamp)
                }
            }
            self.data = data.finalize()
            self.shapes = shapes.finalize()
        }
    }

    static func versions(content: SiteContent, stamps: Stamps, theme: Theme) -> Versions {
        var global = Hasher()
        global.combine(String(describing: content.config))
        global.combine(theme.fingerprint)
        var pages = Hasher()
        for page in content.pages { pages.combine(frontMatter(page)) }
        var agenda = Hasher()
        agenda.combine(content.agenda)
        var diagnostics = Hasher()
        diagnostics.combine(content.diagnostics.items)
        return Versions(global: global.finalize(), parts: [
            (.data, stamps.data),
            (.pageList, pages.finalize()),
            (.agenda, agenda.finalize()),
            (.shapes, stamps.shapes),
            (.diagnostics, diagnostics.finalize()),
        ])
    }

    /// What other pages show of a Markdown page: everything but its body.
    static func frontMatter(_ page: MarkdownPage) -> Int {
        var hasher = Hasher()
        hasher.combine(page.section.rawValue)
        hasher.combine(page.slug)
        hasher.combine(page.title)
        hasher.combine(page.summary)
        hasher.combine(page.date)
        hasher.combine(page.territoryCode)
        hasher.combine(page.weight)
        hasher.combine(page.sourcePath)
        return hasher.finalize()
    }

    /// What a Markdown page's own page is made from besides the parts it reads.
    static func own(_ page: MarkdownPage) -> Int {
        var hasher = Hasher()
        hasher.combine(frontMatter(page))
        hasher.combine(page.markdown)
        hasher.combine(page.bodyLine)
        return hasher.finalize()
    }

    /// What a project's page is made from besides site.yml and the theme: its rows in every cut,
    /// the territories' names and its budget execution lines. Editing one Cuadro 1S row then
    /// remakes the view model of that project's page alone.
    static func project(_ bp: String, data: CityData) -> Int {
        var hasher = Hasher()
        hasher.combine(bp)
        for index in data.reports.indices {
            hasher.combine(data.reports[index].cut)
            hasher.combine(data.reports[index].sourcePath)
            hasher.combine(data.project(bp: bp, inReport: index))
        }
        hasher.combine(data.territories.territories)
        if let execution = data.latestExecution {
            hasher.combine(execution.period)
            hasher.combine(execution.sourcePath)
            hasher.combine(execution.lines(bp: bp))
        }
        return hasher.finalize()
    }

    /// What the catalog page is made from besides site.yml and the theme: every dataset's
    /// metadata, the metadata files and the bundles.
    static func catalogPage(_ result: CatalogStage.Result) -> Int {
        var hasher = Hasher()
        hasher.combine(result.catalog.datasets)
        hasher.combine(result.catalog.territoryFiles)
        hasher.combine(result.metadataFiles)
        hasher.combine(result.catalogBundle)
        for (folder, bundle) in result.folderBundles.sorted(by: { $0.key < $1.key }) {
            hasher.combine(folder)
            hasher.combine(bundle)
        }
        return hasher.finalize()
    }

    /// What a dataset's landing page is made from besides site.yml and the theme: the dataset's
    /// metadata (files, sizes, hashes, columns) and its folder's bundle.
    static func dataset(_ dataset: DatasetMetadata, result: CatalogStage.Result) -> Int {
        var hasher = Hasher()
        hasher.combine(dataset)
        hasher.combine(result.folderBundles[dataset.scope.folder])
        return hasher.finalize()
    }
}
