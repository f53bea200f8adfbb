import OpenData

/// An agency's page: its participation actions and its investment projects in the latest
/// Cuadro 1S cut (the same agency codes).
struct AgencyPage {
    var frame: PageFrame
    var name: String
    var code: String
    var actions: [ActionRow]
    var hasActions: Bool
    var cut: String
    var totals: BudgetFigures
    var projectCount: Int
    var projects: [ProjectRow]
    var hasProjects: Bool
    var showTerritory = true
    var matrixHref: String
    /// The contracts of the agency's projects; nil when the site publishes no contracts.
    var contracts: ContractSummary?

    static func path(_ code: String) -> String { "organismos/\(code)/" }

    init(agency: Agency, content: SiteContent, context: PageContext) {
        let path = Self.path(agency.code)
        let data = content.data
        let words = context.words
        let title = agency.name.isEmpty ? words(.organismoCodigo, ["code": agency.code]) : agency.name
        frame = context.frame(path: path, title: title, description: words(.organismoDescripcion, ["name": title]),
                              breadcrumbs: [(AgenciesIndexPage.path, words(.organismos)), (path, title)])
        name = title
        code = agency.code
        actions = data.actions.filter { $0.agency.code == agency.code }
            .sorted(by: ParticipationAction.chronological)
            .map { ActionRow($0, from: path, territories: data.territories) }
        hasActions = !actions.isEmpty
        let projects = data.projects(ofAgency: agency.code)
        cut = data.latest.map { SpanishFormat.cut($0.cut) } ?? ""
        let figures = data.figures.agency(code: agency.code)
        totals = BudgetFigures(figures.budget)
        projectCount = figures.projects
        self.projects = projects.map { ProjectRow($0, from: path, territories: data.territories) }
        hasProjects = !projects.isEmpty
        matrixHref = PageContext.href(from: path, to: PlanMatrixPage.path)
        if !data.contracts.isEmpty { contracts = ContractSummary(data.contractFigures(agency: agency.code)) }
    }

    /// Agencies that get a page: those of the plan or the latest cut whose code is a safe URL segment.
    static func agencies(_ data: CityData) -> [Agency] {
        data.planAndInvestmentAgencies.filter { Slug.isSafeSegment($0.code) }
    }
}

/// The list of agencies with their number of actions and projects.
struct AgenciesIndexPage {
    struct Line {
        var href: String
        var name: String
        var code: String
        var actions: Int
        var projects: Int
        var modified: String
    }

    var frame: PageFrame
    var agencies: [Line]

    static let path = "organismos/"

    init(content: SiteContent, context: PageContext) {
        frame = context.frame(path: Self.path, title: context.words(.organismos), breadcrumbs: [(Self.path, context.words(.organismos))])
        let data = content.data
        agencies = AgencyPage.agencies(data).map { agency in
            let figures = data.figures.agency(code: agency.code)
            return Line(href: PageContext.href(from: Self.path, to: AgencyPage.path(agency.code)),
                        name: agency.name.isEmpty ? agency.code : agency.name, code: agency.code,
                        actions: data.actions.count { $0.agency.code == agency.code },
                        projects: figures.projects, modified: SpanishFormat.money(figures.budget.modified))
        }
    }
}
