/// Everything the data side knows about a city after reading and validating its sources: the
/// territories and every Cuadro 1S cut, with the lookups pages and datasets need.
public struct CityData: Sendable {
    public var territories: TerritoryCatalog
    /// Cuts in chronological order.
    public var reports: [Cuadro1SReport]
    /// Actions of the agencies' participation action plans (`planes/acciones.csv`), in source order.
    public var actions: [ParticipationAction] = []
    /// Prioritized problems of the participatory diagnoses (`diagnosticos/problemas.csv`), in source order.
    public var problems: [PrioritizedProblem] = []
    /// Budget execution exports, oldest period first (see CityData+Execution).
    public var executions: [BudgetExecution]

    public init(territories: TerritoryCatalog, reports: [Cuadro1SReport], executions: [BudgetExecution] = []) {
        self.territories = territories
        self.reports = reports.sorted { $0.cut < $1.cut }
        self.executions = executions.sorted { $0.period < $1.period }
    }

    /// The most recent cut: the one pages and datasets show.
    public var latest: Cuadro1SReport? { reports.last }

    /// Projects of the latest cut in a territory, ordered by BP code.
    public func projects(in territoryCode: Int) -> [Project] {
        latest?.projects.filter { $0.territoryCode == territoryCode } ?? []
    }

    /// Every project of the latest cut, ordered by territory then BP code.
    public var projects: [Project] { latest?.projects ?? [] }

    /// A project's rows (one per territory it reaches) in the latest cut.
    public func project(bp: String) -> [Project] { projects.filter { $0.bp == bp } }

    /// Agencies that report in the latest cut, by code.
    public var agencies: [Agency] {
        Array(Set(projects.map(\.agency))).sorted()
    }
}

/// Totals of a set of projects: count, activities, money by phase.
public struct Totals: Sendable, Hashable {
    public var projects: Int
    public var activities: Int
    public var budget: Budget

    public init(_ projects: [Project]) {
        self.projects = Set(projects.map(\.bp)).count
        self.activities = projects.reduce(0) { $0 + $1.activities.count }
        self.budget = projects.reduce(Budget.zero) { $0 + $1.budget }
    }
}
