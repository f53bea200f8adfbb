import OpenData

/// A territory's page: its projects with budget and progress, its diagnostics, links to its datasets.
struct TerritoryPage {
    var frame: PageFrame
    var name: String
    var kind: String
    var code: Int
    var cut: String
    /// Said when the latest cut has no territorial breakdown (empty otherwise).
    var territorialNote: String
    var totals: BudgetFigures
    var projectCount: Int
    var activityCount: Int
    var projects: [ProjectRow]
    var hasProjects: Bool
    var showTerritory = false
    var diagnostics: [ContentLink]
    var downloads: [DownloadLink]
    /// Charts, progress and coming dates (TerritoryDashboard.swift).
    var dashboard: TerritoryDashboard
    /// What changed since the previous cut; nil with fewer than two cuts.
    var changes: ChangeLines?
    var participation: TerritoryParticipation
    /// The territory's budget execution and participatory budget (0 or 1 element).
    var execution: [ExecutionView] = []
    /// The contracts of the territory's projects; nil when the site publishes no contracts.
    var contracts: ContractSummary?

    static func path(_ territory: Territory) -> String { "territorios/\(territory.slug)/" }

    init(territory: Territory, content: SiteContent, context: PageContext) {
        let path = Self.path(territory)
        let data = content.data
        let projects = data.projects(in: territory.code)
        frame = context.frame(path: path, title: territory.name,
                              description: context.words(.territorioDescripcion, ["name": territory.name]),
                              breadcrumbs: [("territorios/", context.words(.territorios)), (path, territory.name)])
        name = territory.name
        kind = territory.kindLabel
        code = territory.code
        cut = data.latest.map { SpanishFormat.cut($0.cut) } ?? ""
        territorialNote = data.latest?.territorialNote ?? ""
        let totals = data.figures.territory(territory.code).total
        self.totals = BudgetFigures(totals.budget)
        projectCount = totals.projects
        activityCount = totals.activities
        self.projects = projects.map { ProjectRow($0, from: path, territories: data.territories) }
        hasProjects = !projects.isEmpty
        diagnostics = content.pages.filter { $0.section == .diagnosticos && $0.territoryCode == territory.code }
            .map { ContentLink($0, from: path) }
        dashboard = TerritoryDashboard(territory: territory, content: content, path: path)
        changes = data.latest.flatMap { data.changes(to: $0.cut, territoryCode: territory.code) }.map {
            ChangeLines($0, catalog: data.territories, projectPages: data.projectsInAnyCut, from: path)
        }
        participation = TerritoryParticipation(territory: territory, data: data, from: path)
        let root = PageContext.root(for: path)
        downloads = DatasetKind.allCases.filter(\.perTerritory).flatMap { kind in
            ["csv", "json"].map { format in
                DownloadLink(href: root + "datos/territorios/\(territory.slug)/\(kind.rawValue).\(format)",
                             label: kind.title, format: format.uppercased())
            }
        }
        execution = ExecutionView.territory(territory, data: data, from: path).map { [$0] } ?? []
        if !data.contracts.isEmpty {
            var summary = ContractSummary(data.contractFigures(territory: territory.code))
            if let city = data.territories.cityWide, city.code != territory.code {
                let figures = data.contractFigures(territory: city.code)
                if figures.contracts > 0 {
                    summary.cityWide = .init(href: PageContext.href(from: path, to: Self.path(city)) + "#contratos",
                                             projects: SpanishFormat.integer(figures.projectsWithContracts),
                                             contracts: SpanishFormat.integer(figures.contracts), singleProject: figures.projectsWithContracts == 1)
                }
            }
            contracts = summary
        }
    }
}

/// The list of every territory.
struct TerritoriesIndexPage {
    struct Line {
        var href: String
        var name: String
        var code: Int
        var projects: Int
        var modified: String
        var executed: String
    }

    var frame: PageFrame
    var comunas: [Line]
    var corregimientos: [Line]
    var cityWide: [Line]
    var aggregates: [Line]
    var hasAggregates: Bool
    /// The municipality (site.yml `municipio`) and how many comunas and corregimientos divide it,
    /// for the page's opening sentence (shown only when it has any).
    var municipality: String
    var comunaCount: Int
    var corregimientoCount: Int
    var hasDivisions: Bool

    static let path = "territorios/"

    init(content: SiteContent, context: PageContext) {
        frame = context.frame(path: Self.path, title: context.words(.territorios), breadcrumbs: [(Self.path, context.words(.territorios))])
        let data = content.data
        func line(_ territory: Territory) -> Line {
            let totals = data.figures.territory(territory.code).total
            return Line(href: PageContext.href(from: Self.path, to: TerritoryPage.path(territory)), name: territory.name,
                        code: territory.code, projects: totals.projects,
                        modified: SpanishFormat.money(totals.budget.modified), executed: SpanishFormat.money(totals.budget.executed))
        }
        comunas = data.territories.territories.filter { $0.kind == .comuna }.map(line)
        corregimientos = data.territories.territories.filter { $0.kind == .corregimiento }.map(line)
        cityWide = data.territories.territories.filter { $0.kind == .ciudad }.map(line)
        aggregates = data.territories.aggregates.map(line)
        hasAggregates = !aggregates.isEmpty
        municipality = content.config.municipality
        comunaCount = comunas.count
        corregimientoCount = corregimientos.count
        hasDivisions = !comunas.isEmpty || !corregimientos.isEmpty
    }
}
