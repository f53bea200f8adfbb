/// A prioritized problem beside the investment that answers it: the projects of its territory
/// (latest Cuadro 1S cut) whose development-plan Nivel 1 or Nivel 2 code equals the problem's line.
public struct ProblemInvestment: Sendable {
    public var problem: PrioritizedProblem
    /// Matching projects, ordered by BP code.
    public var projects: [Project]
    /// The name of the matched plan line as the Cuadro 1S writes it, or empty when nothing matched.
    public var planLineName: String

    public init(problem: PrioritizedProblem, projects: [Project]) {
        self.problem = problem
        self.projects = projects.sorted { $0.bp < $1.bp }
        planLineName = projects.lazy.compactMap { project in
            project.plan.prefix(2).first { $0.code == problem.planLine }?.name
        }.first ?? ""
    }

    /// False when no project of the territory answers the problem ("sin inversión asociada").
    public var hasInvestment: Bool { !projects.isEmpty }

    /// The matched projects' money, summed phase by phase.
    public var budget: Budget { projects.reduce(Budget()) { $0 + $1.budget } }

    /// Simple mean of the matched projects' physical progress, 0–100.
    public var meanPhysicalProgress: Double? {
        let values = projects.compactMap(\.physicalProgress)
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// True when `project` is in the development-plan line `line` (its Nivel 1 or Nivel 2 code).
    public static func project(_ project: Project, isIn line: String) -> Bool {
        let wanted = line.trimmingCharacters(in: .whitespaces)
        guard !wanted.isEmpty else { return false }
        return project.plan.prefix(2).contains { $0.code.trimmingCharacters(in: .whitespaces) == wanted }
    }
}

/// How many of a territory's prioritized problems have matching investment.
public struct TerritoryProblemCoverage: Sendable {
    public var territory: Territory
    public var problems: Int
    public var withInvestment: Int

    /// Share of problems with investment, 0–100; nil when the territory has no prioritized problems.
    public var share: Double? {
        problems > 0 ? Double(withInvestment) / Double(problems) * 100 : nil
    }
}

extension CityData {
    /// The territory's prioritized problems (by priority, then source line), each with its investment.
    public func problemInvestment(in territoryCode: Int) -> [ProblemInvestment] {
        let projects = projects(in: territoryCode)
        return problems.filter { $0.territoryCode == territoryCode }
            .sorted { ($0.priority, $0.source) < ($1.priority, $1.source) }
            .map { problem in
                ProblemInvestment(problem: problem, projects: projects.filter { ProblemInvestment.project($0, isIn: problem.planLine) })
            }
    }

    /// Every territory with prioritized problems, ranked by the share that has investment (highest
    /// first), then by number of problems with investment, then by code. Aggregates are left out:
    /// an area that groups territories is not ranked against its members (its problems are on its page).
    public var problemCoverageRanking: [TerritoryProblemCoverage] {
        territories.territories.filter { $0.kind != .aggregate }.compactMap { territory -> TerritoryProblemCoverage? in
            let matched = problemInvestment(in: territory.code)
            guard !matched.isEmpty else { return nil }
            return TerritoryProblemCoverage(territory: territory, problems: matched.count,
                                            withInvestment: matched.count { $0.hasInvestment })
        }
        .sorted { a, b in
            let (sa, sb) = (a.share ?? 0, b.share ?? 0)
            if sa != sb { return sa > sb }
            if a.withInvestment != b.withInvestment { return a.withInvestment > b.withInvestment }
            return a.territory.code < b.territory.code
        }
    }

    /// Participation actions that touch a territory, by start date then source line.
    public func actions(in territoryCode: Int) -> [ParticipationAction] {
        actions.filter { $0.touches(territoryCode) }.sorted(by: ParticipationAction.chronological)
    }

    /// Every agency of the participation plan or the latest Cuadro 1S cut, by code; the Cuadro 1S
    /// name wins when both name it.
    public var planAndInvestmentAgencies: [Agency] {
        var byCode: [String: Agency] = [:]
        for action in actions where byCode[action.agency.code] == nil { byCode[action.agency.code] = action.agency }
        for agency in agencies { byCode[agency.code] = agency }
        return byCode.values.sorted()
    }
}

extension ParticipationAction {
    /// Order of action lists: start date (undated last), then source position.
    public static func chronological(_ a: ParticipationAction, _ b: ParticipationAction) -> Bool {
        switch (a.start, b.start) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.source < b.source
        }
    }
}
