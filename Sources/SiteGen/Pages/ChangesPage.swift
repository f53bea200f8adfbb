import OpenData

/// What changed in a cut against the previous one, as lines for the "Qué cambió" page and the
/// short summaries on territory and project pages.
struct ChangeLines {
    struct ActivityLine {
        var code: String
        var name: String
        var projectHref: String
        var bp: String
        var territory: String
    }

    struct FigureLine {
        var bp: String
        var name: String
        var href: String
        var territories: String
        var before: String
        var after: String
        var difference: String
    }

    var previous: String
    var current: String
    var added: [ActivityLine]
    var dropped: [ActivityLine]
    var progress: [FigureLine]
    var budget: [FigureLine]
    var addedCount: Int
    var droppedCount: Int
    var progressCount: Int
    var budgetCount: Int
    var isEmpty: Bool
    var pageHref: String

    /// `projectPages` are the BP codes that have a ficha (every cut's).
    init(_ changes: ReportChanges, catalog: TerritoryCatalog, projectPages: Set<String>, from path: String) {
        previous = SpanishFormat.cut(changes.previous)
        current = SpanishFormat.cut(changes.current)
        func territoryName(_ code: Int) -> String { catalog[code]?.name ?? String(code) }
        // Link only to fichas that exist (a dropped project has none).
        func href(_ bp: String) -> String {
            projectPages.contains(bp) ? PageContext.href(from: path, to: ProjectPage.path(bp)) : ""
        }
        func activity(_ activity: Activity) -> ActivityLine {
            ActivityLine(code: activity.code, name: activity.name, projectHref: href(activity.bp),
                         bp: activity.bp, territory: territoryName(activity.territoryCode))
        }
        added = changes.added.map(activity)
        dropped = changes.dropped.map(activity)
        func figure<V>(_ change: ReportChanges.ProjectChange<V>, format: (V) -> String, difference: String) -> FigureLine {
            FigureLine(bp: change.bp, name: change.name, href: href(change.bp),
                       territories: change.territoryCodes.map(territoryName).joined(separator: ", "),
                       before: format(change.before), after: format(change.after), difference: difference)
        }
        progress = changes.progress.map { change in
            let delta = (change.after ?? 0) - (change.before ?? 0)
            return figure(change, format: { SpanishFormat.percent($0) },
                          difference: (delta > 0 ? "+" : "") + SpanishFormat.decimal(delta, decimals: 1) + " puntos")
        }
        budget = changes.budget.map { change in
            let delta = (change.after ?? 0) - (change.before ?? 0)
            return figure(change, format: { SpanishFormat.money($0) }, difference: (delta > 0 ? "+" : "") + SpanishFormat.money(delta))
        }
        addedCount = added.count
        droppedCount = dropped.count
        progressCount = progress.count
        budgetCount = budget.count
        isEmpty = changes.isEmpty
        pageHref = PageContext.href(from: path, to: ChangesPage.path(changes.current))
    }
}

/// `informes/<cut>/cambios/`: "Qué cambió" in a cut since the previous one.
struct ChangesPage {
    var frame: PageFrame
    var title: String
    var reportHref: String
    var previousHref: String
    var changes: ChangeLines
    /// The cut's name ("Trimestre I de 2025").
    var cut: String
    /// Across a year boundary, the cut opens a new vigencia, whose budget starts again: the two
    /// vigencias; nil within one.
    var vigencias: Vigencias?
    /// "Qué cambió" of the cut before and after, when they exist (0 or 1 each).
    var earlier: [ReportPage.ChangesLink] = []
    var later: [ReportPage.ChangesLink] = []

    /// The vigencia of the previous cut and the one the cut opens.
    struct Vigencias {
        var previous: Int
        var current: Int
    }

    static func path(_ cut: ReportCut) -> String { ReportPage.path(cut) + "cambios/" }

    init(changes: ReportChanges, content: SiteContent, context: PageContext) {
        let path = Self.path(changes.current)
        let words = context.words
        title = words(.cambiosTitulo, ["corte": SpanishFormat.cut(changes.current)])
        frame = context.frame(path: path, title: title,
                              description: words(.cambiosDescripcion, ["anterior": SpanishFormat.cut(changes.previous),
                                                                       "corte": SpanishFormat.cut(changes.current)]),
                              breadcrumbs: [("informes/", words(.informes)), (ReportPage.path(changes.current), changes.current.id),
                                            (path, words(.cambios))])
        reportHref = PageContext.href(from: path, to: ReportPage.path(changes.current))
        previousHref = PageContext.href(from: path, to: ReportPage.path(changes.previous))
        self.changes = ChangeLines(changes, catalog: content.data.territories,
                                   projectPages: content.data.projectsInAnyCut, from: path)
        cut = SpanishFormat.cut(changes.current)
        vigencias = changes.previous.year == changes.current.year ? nil
            : Vigencias(previous: changes.previous.year, current: changes.current.year)
        let cuts = content.data.reports.map(\.cut)
        if let index = cuts.firstIndex(of: changes.current) {
            if index >= 2 {
                earlier = [ReportPage.ChangesLink(href: PageContext.href(from: path, to: Self.path(cuts[index - 1])),
                                                  cut: SpanishFormat.cut(cuts[index - 1]))]
            }
            if index + 1 < cuts.count {
                later = [ReportPage.ChangesLink(href: PageContext.href(from: path, to: Self.path(cuts[index + 1])),
                                                cut: SpanishFormat.cut(cuts[index + 1]))]
            }
        }
    }
}
