/// Everything the data side knows about a city after reading and validating its sources: the
/// territories and every Cuadro 1S cut, with the lookups pages and datasets need.
public struct CityData: Sendable {
    public var territories: TerritoryCatalog
    /// Cuts in chronological order.
    public var reports: [Cuadro1SReport] {
        didSet {
            indexes = reports.map(ProjectIndex.init)
            figures = CityFigures(reports.last)
            indexContracts()
        }
    }
    /// Public contracts (`contratos/*.csv`), merged by contract id, in source order; joined to the
    /// projects by BPIN (see CityData+Contracts).
    public var contracts: [Contract] {
        didSet { indexContracts() }
    }
    var contractIndex: ContractIndex
    /// The latest cut's contract figures, computed once here.
    var contractFigures: CityContractFigures
    /// The latest cut's figures (per territory, per agency, the whole city), computed once here.
    public private(set) var figures: CityFigures
    /// Each cut's projects by territory and by BP code (in the order of `reports`), so lookups do
    /// not scan every project: a national site has tens of thousands of project pages.
    private var indexes: [ProjectIndex]
    private var index: ProjectIndex { indexes.last ?? ProjectIndex(nil) }
    /// Actions of the agencies' participation action plans (`planes/acciones.csv`), in source order.
    public var actions: [ParticipationAction] = []
    /// Prioritized problems of the participatory diagnoses (`diagnosticos/problemas.csv`), in source order.
    public var problems: [PrioritizedProblem] = []
    /// Budget execution exports, oldest period first (see CityData+Execution).
    public var executions: [BudgetExecution]

    public init(territories: TerritoryCatalog, reports: [Cuadro1SReport], executions: [BudgetExecution] = [],
                contracts: [Contract] = []) {
        self.territories = territories
        let sorted = reports.sorted { $0.cut < $1.cut }
        self.reports = sorted
        indexes = sorted.map(ProjectIndex.init)
        figures = CityFigures(sorted.last)
        self.contracts = contracts
        contractIndex = ContractIndex(contracts: contracts, reports: sorted)
        contractFigures = CityContractFigures(contractIndex, rows: sorted.last?.projects ?? [], byBP: indexes.last?.byBP ?? [:])
        self.executions = executions.sorted { $0.period < $1.period }
    }

    /// Joins the contracts to the cuts again and sums the latest cut's figures.
    private mutating func indexContracts() {
        contractIndex = ContractIndex(contracts: contracts, reports: reports)
        contractFigures = CityContractFigures(contractIndex, rows: projects, byBP: index.byBP)
    }

    /// The most recent cut: the one pages and datasets show.
    public var latest: Cuadro1SReport? { reports.last }

    /// Projects of the latest cut in a territory, ordered by BP code.
    public func projects(in territoryCode: Int) -> [Project] {
        index.byTerritory[territoryCode] ?? []
    }

    /// Every project of the latest cut, ordered by territory then BP code.
    public var projects: [Project] { latest?.projects ?? [] }

    /// A project's rows (one per territory it reaches) in the latest cut.
    public func project(bp: String) -> [Project] { index.byBP[bp] ?? [] }

    /// A project's rows in the cut at `reportIndex` of `reports`.
    public func project(bp: String, inReport reportIndex: Int) -> [Project] { indexes[reportIndex].byBP[bp] ?? [] }

    /// The projects of the cut at `reportIndex` in one territory and/or of one BP code (all when
    /// both are nil), in the cut's order.
    func projects(inReport reportIndex: Int, territoryCode: Int?, bp: String?) -> [Project] {
        switch (territoryCode, bp) {
        case (nil, nil): return reports[reportIndex].projects
        case (let code?, nil): return indexes[reportIndex].byTerritory[code] ?? []
        case (let code, let bp?): return (indexes[reportIndex].byBP[bp] ?? []).filter { code == nil || $0.territoryCode == code }
        }
    }

    /// Agencies that report in the latest cut, by code.
    public var agencies: [Agency] {
        Array(Set(projects.map(\.agency))).sorted()
    }
}

/// Totals of a set of projects: count, activities, money by phase. Each project row of a cut is in
/// one territory (a comuna, a corregimiento, an aggregate or 99), so the totals of a cut's rows
/// count every project, and every aggregate's, once.
public struct Totals: Sendable, Hashable {
    public var projects: Int
    public var activities: Int
    public var budget: Budget

    public init(_ projects: [Project]) {
        self.projects = Set(projects.map(\.bp)).count
        self.activities = projects.reduce(0) { $0 + $1.activities.count }
        // A phase no project reports (the per-agency layout has no "obligado") stays unknown, not $ 0.
        self.budget = projects.isEmpty ? .zero : projects.reduce(Budget()) { $0 + $1.budget }
    }
}
