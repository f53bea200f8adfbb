import OpenData

/// The home page: city totals, the territories with their project count and modified budget, the
/// city-wide projects, the aggregates (areas that group territories), and the latest cut. The city
/// totals are the sum of the cut's rows, each in one territory, so an aggregate's projects count once.
struct HomePage {
    struct TerritoryLine {
        var href: String
        var name: String
        var code: Int
        var kind: String
        var projects: Int
        var modified: String
    }

    var frame: PageFrame
    var hasData: Bool
    var cut: String
    var cutHref: String
    var totals: BudgetFigures
    var projects: String
    var activities: String
    var comunas: [TerritoryLine]
    var corregimientos: [TerritoryLine]
    var cityWide: TerritoryLine?
    var aggregates: [TerritoryLine]
    var hasAggregates: Bool
    var pages: [ContentLink]
    /// The territories' map, when the content has outlines (`geo/*.geojson`).
    var map: MapView?

    static let path = ""

    init(content: SiteContent, context: PageContext) {
        let data = content.data
        frame = context.frame(path: Self.path, title: content.config.title)
        hasData = data.latest != nil
        cut = data.latest.map { SpanishFormat.cut($0.cut) } ?? ""
        cutHref = data.latest.map { PageContext.href(from: Self.path, to: "informes/\($0.cut.id)/") } ?? ""
        let all = data.figures.city.total
        totals = BudgetFigures(all.budget)
        projects = SpanishFormat.integer(all.projects)
        activities = SpanishFormat.integer(all.activities)
        func line(_ territory: Territory) -> TerritoryLine {
            let totals = data.figures.territory(territory.code).total
            return TerritoryLine(href: PageContext.href(from: Self.path, to: "territorios/\(territory.slug)/"),
                                 name: territory.name, code: territory.code, kind: territory.kind.rawValue,
                                 projects: totals.projects, modified: SpanishFormat.money(totals.budget.modified))
        }
        comunas = data.territories.territories.filter { $0.kind == .comuna }.map(line)
        corregimientos = data.territories.territories.filter { $0.kind == .corregimiento }.map(line)
        cityWide = data.territories.cityWide.map(line)
        aggregates = data.territories.aggregates.map(line)
        hasAggregates = !aggregates.isEmpty
        pages = content.pages.filter { $0.section == .paginas }.map { ContentLink($0, from: Self.path) }
        map = MapView(shapes: content.shapes, content: content, from: Self.path)
    }
}

/// A link to a Markdown page.
struct ContentLink {
    var href: String
    var title: String
    var summary: String
    var date: String

    init(_ page: MarkdownPage, from path: String) {
        href = PageContext.href(from: path, to: page.path)
        title = page.title
        summary = page.summary
        date = page.date.map { SpanishFormat.date($0) } ?? ""
    }
}
