import OpenData

/// A Cuadro 1S cut's page: its totals and every project it reports, by territory.
struct ReportPage {
    var frame: PageFrame
    var id: String
    var title: String
    var source: String
    var totals: BudgetFigures
    var projectCount: Int
    var activityCount: Int
    var projects: [ProjectRow]
    var caption: String
    var showTerritory = true
    /// Said on the page when the cut has no territorial breakdown (empty otherwise).
    var territorialNote: String

    static func path(_ cut: ReportCut) -> String { "informes/\(cut.id)/" }

    init(report: Cuadro1SReport, content: SiteContent, context: PageContext) {
        let path = Self.path(report.cut)
        let title = "Seguimiento al Plan de Acción (Cuadro 1S), " + SpanishFormat.cut(report.cut)
        frame = context.frame(path: path, title: title, breadcrumbs: [("informes/", "Informes"), (path, report.cut.id)])
        id = report.cut.id
        self.title = title
        source = report.sourcePath
        let totals = Totals(report.projects)
        self.totals = BudgetFigures(totals.budget)
        projectCount = totals.projects
        activityCount = totals.activities
        projects = report.projects.map { ProjectRow($0, from: path, territories: content.data.territories) }
        caption = "Proyectos reportados en el \(SpanishFormat.cut(report.cut))"
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
    }

    var frame: PageFrame
    var reports: [Line]

    static let path = "informes/"

    init(content: SiteContent, context: PageContext) {
        frame = context.frame(path: Self.path, title: "Informes de seguimiento (Cuadro 1S)", breadcrumbs: [(Self.path, "Informes")])
        reports = content.data.reports.reversed().map { report in
            let totals = Totals(report.projects)
            return Line(href: PageContext.href(from: Self.path, to: ReportPage.path(report.cut)),
                        title: SpanishFormat.cut(report.cut), projects: totals.projects,
                        modified: SpanishFormat.money(totals.budget.modified))
        }
    }
}
