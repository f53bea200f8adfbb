import Foundation
import OpenData

/// Everything read from a content folder, validated, before any page is made.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    public var data: CityData
    public var pages: [MarkdownPage]
    /// Participation dates from `agenda.csv`, in order.
    public var agenda: [AgendaEvent] = []
    /// Territory outlines from `geo/*.geojson`, when present.
    public var shapes: TerritoryShapes? = nil
    /// Each cut's source file as received, published beside the cut's page (OriginalFile.swift).
    public var originals: [ReportCut: OriginalFile] = [:]
    /// The problems found while reading (warnings only, once the build goes on), for the
    /// "Calidad de los datos" page and dataset.
    public var diagnostics = Diagnostics()
    /// How long each Cuadro 1S source took to read, in file order.
    public var readTimes: [SourceReadTime] = []
    /// True when the folder has no `territorios.csv`, so the built-in territory list is used.
    public var usesBuiltInTerritories = false
}

/// Reads a content folder: the site's own sources (`site.yml`, the Markdown pages of `planes/`,
/// `diagnosticos/`, `paginas/` and their links) here, the data sources through OpenData's
/// `ContentFolderReader`. Collects every problem instead of stopping at the first.
public struct ContentLoader: Sendable {
    public let root: URL
    public let environment: [String: String]
    /// Reads each source file directly, or through the cache of `sitegen serve`.
    public let reading: any SourceReading
    let dataReader: ContentFolderReader

    public init(root: URL, environment: [String: String] = ProcessInfo.processInfo.environment,
                reading: any SourceReading = DirectReading()) {
        self.root = root.standardizedFileURL
        self.environment = environment
        self.reading = reading
        dataReader = ContentFolderReader(root: root, reading: reading)
    }

    /// Path shown in messages: the content folder's name followed by the path inside it.
    func display(_ relative: String) -> String {
        dataReader.display(relative)
    }

    public func load(diagnostics: inout Diagnostics) -> SiteContent? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.error(SourceLocation(file: root.path), .content(.contentFolderNotFound))
            return nil
        }
        var config = SiteConfig.read(root.appendingPathComponent(ContentLayout.siteConfig), displayPath: display(ContentLayout.siteConfig),
                                     environment: environment, diagnostics: &diagnostics)
        let source = dataReader.read(diagnostics: &diagnostics)
        if source.data.territories.local.isEmpty || source.data.reports.isEmpty { config.inPreparation = true }
        let territories = source.data.territories
        let pages = loadPages(territories: territories, diagnostics: &diagnostics)
        checkReferences(pages: pages, territories: territories, reports: source.data.reports, diagnostics: &diagnostics)
        var content = SiteContent(config: config, data: source.data, pages: pages)
        content.agenda = source.agenda
        content.shapes = source.shapes
        content.originals = source.originals
        content.readTimes = source.readTimes
        content.usesBuiltInTerritories = !FileManager.default.fileExists(atPath: root.appendingPathComponent(ContentLayout.territories).path)
        return content
    }

    func loadPages(territories: TerritoryCatalog, diagnostics: inout Diagnostics) -> [MarkdownPage] {
        // Files are read and their front matter parsed in parallel across the cores; pages and
        // problems are then taken in file order, exactly as one loop would give them.
        let sources = MarkdownPage.Section.allCases.flatMap { section in
            dataReader.files(in: section.rawValue, extension: "md").filter { $0.lowercased() != "readme.md" }.map { (section, $0) }
        }
        let results = ResultSlots<PageLoad>(count: sources.count)
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            var own = Diagnostics()
            let page = loadPage(section: sources[index].0, name: sources[index].1, territories: territories, diagnostics: &own)
            results.set(index, .success(PageLoad(page: page, diagnostics: own)))
        }
        var pages: [MarkdownPage] = []
        for index in sources.indices {
            guard let load = try? results.get(index) else { continue }
            diagnostics.append(contentsOf: load.diagnostics)
            if let page = load.page { pages.append(page) }
        }
        return pages
    }

    /// One Markdown file's page and the problems found reading it.
    struct PageLoad: Sendable {
        var page: MarkdownPage?
        var diagnostics: Diagnostics
    }

    func loadPage(section: MarkdownPage.Section, name: String, territories: TerritoryCatalog,
                  diagnostics: inout Diagnostics) -> MarkdownPage? {
        let path = display("\(section.rawValue)/\(name)")
        let slug = String(name.dropLast(3))
        guard Slug.isSafeSegment(slug) else {
            diagnostics.error(SourceLocation(file: path), .content(.badPageFileName(name: name)))
            return nil
        }
        // Read directly, only the file's path is needed: a URL per page was a fortieth of a
        // 10,000-page build.
        let filePath = root.path + "/" + section.rawValue + "/" + name
        func parse(_ diagnostics: inout Diagnostics) -> MarkdownPage? {
            guard let data = FileManager.default.contents(atPath: filePath) else {
                diagnostics.error(SourceLocation(file: path), .source(.unreadableFile))
                return nil
            }
            guard let text = TextDecoding.decode(Array(data))?.text else {
                diagnostics.error(SourceLocation(file: path), .content(.binaryContent))
                return nil
            }
            guard let front = FrontMatter.parse(text, file: path, diagnostics: &diagnostics) else { return nil }
            front.checkKeys(text: text, file: path, diagnostics: &diagnostics)
            var territoryCode: Int?
            if let key = front.spelling(of: .territory), let raw = front.string(key) {
                if let territory = territories.resolve(raw) {
                    territoryCode = territory.code
                } else {
                    diagnostics.error(SourceLocation(file: path, line: front.line(of: key, in: text), column: 1),
                                      .cell(column: key, .unknownTerritory(text: raw)))
                    return nil
                }
            }
            var date: LocalDate?
            if let key = front.spelling(of: .date), let raw = front.string(key) {
                date = LocalDate(iso: raw)
                if date == nil {
                    diagnostics.warning(SourceLocation(file: path, line: front.line(of: key, in: text), column: 1),
                                        .cell(column: key, .notISODate(text: raw)))
                }
            }
            let title = front.string(.title) ?? slug
            return MarkdownPage(section: section, slug: slug, title: title, summary: front.string(.summary) ?? "",
                                date: date, territoryCode: territoryCode,
                                weight: front.value(.weight) as? Int ?? 0,
                                markdown: front.body, sourcePath: path, bodyLine: front.bodyLine)
        }
        guard !(reading is DirectReading) else { return parse(&diagnostics) }
        let url = root.appendingPathComponent(section.rawValue).appendingPathComponent(name)
        return reading.read(url, kind: "page", diagnostics: &diagnostics, parse: parse)
    }
}
