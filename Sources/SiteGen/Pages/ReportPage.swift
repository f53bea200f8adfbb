import OpenData

/// A Cuadro 1S cut's page: its totals, the source file as received (size and SHA-256) and every
/// project it reports, by territory.
struct ReportPage {
    /// The cut's source file, published beside the page.
    struct Original {
        var href: String
        var name: String
        var size: String
        /// The exact size, "13.456.789".
        var bytes: String
        var sha256: String
    }

    /// A neighbouring cut's "Qué cambió" page: its link and the cut it names.
    struct ChangesLink {
        var href: String
        var cut: String
    }

    var frame: PageFrame
    var id: String
    var title: String
    var source: String
    var totals: BudgetFigures
    var projectCount: Int
    var activityCount: Int
    var projects: [ProjectRow]
    /// The cut's name ("Trimestre I de 2025").
    var cut: String
    var showTerritory = true
    /// Said on the page when the cut has no territorial breakdown (empty otherwise).
    var territorialNote: String
    /// The source file (0 or 1 element).
    var original: [Original] = []
    /// "Qué cambió" in this cut since the previous one, and in the next cut since this one (0 or 1 each).
    var changesSincePrevious: [ChangesLink] = []
    var changesInNext: [ChangesLink] = []

    static func path(_ cut: ReportCut) -> String { "informes/\(cut.id)/" }

    init(report: Cuadro1SReport, content: SiteContent, context: PageContext) {
        let path = Self.path(report.cut)
        let title = context.words(.informeTitulo, ["corte": SpanishFormat.cut(report.cut)])
        frame = context.frame(path: path, title: title, breadcrumbs: [("informes/", context.words(.informes)), (path, report.cut.id)])
        id = report.cut.id
        self.title = title
        source = SourceReference.file(report.sourcePath)
        if let file = content.originals[report.cut] {
            original = [Original(href: PageContext.root(for: path) + file.outputPath, name: file.fileName,
                                 size: CatalogFileLink.size(file.facts.byteSize),
                                 bytes: SpanishFormat.integer(file.facts.byteSize), sha256: file.facts.sha256)]
        }
        let data = content.data
        if let index = data.reports.firstIndex(where: { $0.cut == report.cut }) {
            if index > 0 {
                changesSincePrevious = [ChangesLink(href: PageContext.href(from: path, to: ChangesPage.path(report.cut)),
                                                    cut: SpanishFormat.cut(data.reports[index - 1].cut))]
            }
            if index + 1 < data.reports.count {
                let next = data.reports[index + 1].cut
                changesInNext = [ChangesLink(href: PageContext.href(from: path, to: ChangesPage.path(next)),
                                             cut: SpanishFormat.cut(next))]
            }
        }
        let totals = Totals(report.projects)
        self.totals = BudgetFigures(totals.budget)
        projectCount = totals.projects
        activityCount = totals.activities
        projects = report.projects.map { ProjectRow($0, from: path, territories: data.territories) }
        cut = SpanishFormat.cut(report.cut)
        territorialNote = report.territorialNote ?? ""
    }
}

/// The list of Cuadro 1S cuts.
struct ReportsIndexPage {
    struct Line {
        var href: String
        var title: String
        var projects: Int
        var modified: String
        /// The cut's "Qué cambió" page; empty for the first cut.
        var changesHref: String
    }

    var frame: PageFrame
    var reports: [Line]

    static let path = "informes/"

    init(content: SiteContent, context: PageContext) {
        frame = context.frame(path: Self.path, title: context.words(.informesTitulo), breadcrumbs: [(Self.path, context.words(.informes))])
        let first = content.data.reports.first?.cut
        reports = content.data.reports.reversed().map { report in
            let totals = Totals(report.projects)
            return Line(href: PageContext.href(from: Self.path, to: ReportPage.path(report.cut)),
                        title: SpanishFormat.cut(report.cut), projects: totals.projects,
                        modified: SpanishFormat.money(totals.budget.modified),
                        changesHref: report.cut == first ? "" : PageContext.href(from: Self.path, to: ChangesPage.path(report.cut)))
        }
    }
}
