import OpenData

/// What a project's page is made from: its rows in every cut, the territories' names, its budget
/// execution lines, its contracts (by its BPINs in every cut), and the cut it shows. Equal and
/// hashed by those alone, not by the whole data it carries, so in `serve` editing one Cuadro 1S
/// row remakes that project's page only.
struct ProjectPageInput: Hashable, Sendable {
    var bp: String
    var reportIndex: Int
    /// The content limited to its data, which the page looks the project up in.
    var content: SiteContent

    private var data: CityData { content.data }

    static func == (a: Self, b: Self) -> Bool {
        guard a.bp == b.bp, a.reportIndex == b.reportIndex, a.data.reports.count == b.data.reports.count,
              a.data.territories.territories == b.data.territories.territories else { return false }
        for index in a.data.reports.indices {
            let (x, y) = (a.data.reports[index], b.data.reports[index])
            guard x.cut == y.cut, x.sourcePath == y.sourcePath,
                  a.data.project(bp: a.bp, inReport: index) == b.data.project(bp: b.bp, inReport: index) else { return false }
        }
        return a.execution == b.execution && a.contracts == b.contracts
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(bp)
        hasher.combine(reportIndex)
        for index in data.reports.indices {
            hasher.combine(data.reports[index].cut)
            hasher.combine(data.reports[index].sourcePath)
            hasher.combine(data.project(bp: bp, inReport: index))
        }
        hasher.combine(data.territories.territories)
        hasher.combine(execution)
        hasher.combine(contracts)
    }

    /// The latest budget execution's period, source and lines of this project.
    private var execution: ExecutionLines? {
        data.latestExecution.map { ExecutionLines(period: $0.period, sourcePath: $0.sourcePath, lines: $0.lines(bp: bp)) }
    }

    /// Whether the site has contracts at all (the ficha then has a Contratos section), and the
    /// contracts of each BPIN the project carries in any cut.
    private var contracts: ProjectContractsInput {
        var bpins = Set<String>()
        for index in data.reports.indices { for row in data.project(bp: bp, inReport: index) { bpins.insert(row.bpin) } }
        return ProjectContractsInput(any: !data.contracts.isEmpty,
                                     byBPIN: bpins.sorted().map { data.contracts(bpin: $0) })
    }

    private struct ProjectContractsInput: Hashable {
        var any: Bool
        var byBPIN: [[Contract]]
    }

    private struct ExecutionLines: Hashable {
        var period: String
        var sourcePath: String
        var lines: [BudgetExecutionLine]
    }
}

/// What a Markdown page's own page is made from besides the content parts it reads: its front
/// matter, its text and where its body starts.
struct MarkdownPageInput: Hashable, Sendable {
    var page: MarkdownPage

    static func == (a: Self, b: Self) -> Bool {
        a.page.section == b.page.section && a.page.slug == b.page.slug && a.page.title == b.page.title
            && a.page.summary == b.page.summary && a.page.date == b.page.date && a.page.territoryCode == b.page.territoryCode
            && a.page.weight == b.page.weight && a.page.sourcePath == b.page.sourcePath
            && a.page.markdown == b.page.markdown && a.page.bodyLine == b.page.bodyLine
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(MarkdownPageInput.frontMatter(page))
        hasher.combine(page.markdown)
        hasher.combine(page.bodyLine)
    }

    /// What other pages show of a Markdown page: everything but its body, hashed.
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
}

/// What the catalog page is made from besides site.yml: every dataset's metadata, the metadata
/// files and the bundles.
struct CatalogPageInput: Hashable, Sendable {
    var result: CatalogStage.Result

    static func == (a: Self, b: Self) -> Bool {
        a.result.catalog.datasets == b.result.catalog.datasets && a.result.catalog.territoryFiles == b.result.catalog.territoryFiles
            && a.result.metadataFiles == b.result.metadataFiles && a.result.catalogBundle == b.result.catalogBundle
            && a.result.folderBundles == b.result.folderBundles
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(result.catalog.datasets)
        hasher.combine(result.catalog.territoryFiles)
        hasher.combine(result.metadataFiles)
        hasher.combine(result.catalogBundle)
        for (folder, bundle) in result.folderBundles.sorted(by: { $0.key < $1.key }) {
            hasher.combine(folder)
            hasher.combine(bundle)
        }
    }
}

/// What a dataset's landing page is made from besides site.yml: the dataset's metadata (files,
/// sizes, hashes, columns) and its folder's bundle.
struct DatasetPageInput: Hashable, Sendable {
    var dataset: DatasetMetadata
    var result: CatalogStage.Result

    private var bundle: Distribution? { result.folderBundles[dataset.scope.folder] }

    static func == (a: Self, b: Self) -> Bool { a.dataset == b.dataset && a.bundle == b.bundle }

    func hash(into hasher: inout Hasher) {
        hasher.combine(dataset)
        hasher.combine(bundle)
    }
}
