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
}

/// Reads a content folder: `site.yml`, `territorios.csv`, `informes-1s/*.csv`, `planes/`,
/// `diagnosticos/`, `paginas/`. Collects every problem instead of stopping at the first.
public struct ContentLoader: Sendable {
    public let root: URL
    public let environment: [String: String]
    /// How each source file is read: afresh, or through the cache of `sitegen serve`.
    public let reading: any SourceReading

    public init(root: URL, environment: [String: String] = ProcessInfo.processInfo.environment,
                reading: any SourceReading = DirectReading()) {
        self.root = root.standardizedFileURL
        self.environment = environment
        self.reading = reading
    }

    /// Path shown in messages: the content folder's name followed by the path inside it.
    func display(_ relative: String) -> String {
        root.lastPathComponent + "/" + relative
    }

    func files(in folder: String, extension ext: String) -> [String] {
        let url = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.lowercased().hasSuffix("." + ext) && !$0.hasPrefix(".") }.sorted()
    }

    public func load(diagnostics: inout Diagnostics) -> SiteContent? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.error(SourceLocation(file: root.path), .content(.contentFolderNotFound))
            return nil
        }
        let config = SiteConfig.read(root.appendingPathComponent("site.yml"), displayPath: display("site.yml"),
                                     environment: environment, diagnostics: &diagnostics)
        let territories = loadTerritories(diagnostics: &diagnostics)
        var readTimes: [SourceReadTime] = []
        let reports = loadReports(territories: territories, diagnostics: &diagnostics, readTimes: &readTimes)
        let executions = loadExecutions(territories: territories, diagnostics: &diagnostics)
        let pages = loadPages(territories: territories, diagnostics: &diagnostics)
        checkReferences(pages: pages, territories: territories, reports: reports, diagnostics: &diagnostics)
        var data = CityData(territories: territories, reports: reports, executions: executions)
        loadParticipation(into: &data, diagnostics: &diagnostics)
        var content = SiteContent(config: config, data: data, pages: pages)
        content.agenda = loadAgenda(territories: territories, diagnostics: &diagnostics)
        content.shapes = loadShapes(territories: territories, diagnostics: &diagnostics)
        content.originals = loadOriginals(of: reports, diagnostics: &diagnostics)
        content.readTimes = readTimes
        return content
    }

    func loadTerritories(diagnostics: inout Diagnostics) -> TerritoryCatalog {
        let url = root.appendingPathComponent("territorios.csv")
        guard FileManager.default.fileExists(atPath: url.path) else { return .cali }
        guard let source = CSVSource.read(url, displayPath: display("territorios.csv"), diagnostics: &diagnostics),
              let catalog = TerritoryCatalog.read(source, diagnostics: &diagnostics) else { return .cali }
        return catalog
    }

    func loadReports(territories: TerritoryCatalog, diagnostics: inout Diagnostics, readTimes: inout [SourceReadTime]) -> [Cuadro1SReport] {
        let folder = "informes-1s"
        let reader = Cuadro1SReader(territories: territories)
        var reports: [Cuadro1SReport] = []
        var seen = Set<ReportCut>()
        for name in (files(in: folder, extension: "csv") + files(in: folder, extension: "xlsx")).sorted() {
            let path = display("\(folder)/\(name)")
            guard let cut = ReportCut(id: String(name.prefix { $0 != "." })) else {
                diagnostics.error(SourceLocation(file: path), .source(.badReportFileName))
                continue
            }
            guard seen.insert(cut).inserted else {
                diagnostics.error(SourceLocation(file: path), .source(.duplicateCut(cut: cut.id)))
                continue
            }
            let url = root.appendingPathComponent(folder).appendingPathComponent(name)
            let started = SourceReadTime.Start()
            defer { readTimes.append(SourceReadTime(path: path, since: started)) }
            let report: Cuadro1SReport? = reading.read(url, kind: "cuadro1s", diagnostics: &diagnostics) { diagnostics in
                readCuadro1S(url, displayPath: path, cut: cut, reader: reader, diagnostics: &diagnostics)
            }
            guard let report else { continue }
            reports.append(report)
        }
        return reports
    }

    func loadPages(territories: TerritoryCatalog, diagnostics: inout Diagnostics) -> [MarkdownPage] {
        // Files are read and their front matter parsed in parallel across the cores; pages and
        // problems are then taken in file order, exactly as one loop would give them.
        let sources = MarkdownPage.Section.allCases.flatMap { section in
            files(in: section.rawValue, extension: "md").filter { $0.lowercased() != "readme.md" }.map { (section, $0) }
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
        if reading is DirectReading { return parse(&diagnostics) }
        let url = root.appendingPathComponent(section.rawValue).appendingPathComponent(name)
        return reading.read(url, kind: "page", diagnostics: &diagnostics, parse: parse)
    }
}
