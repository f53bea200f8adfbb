import OpenData

/// What a territory page shows of the participation plan and the diagnoses: each prioritized
/// problem beside the projects of the territory in the same development-plan line, and the
/// participation actions that touch the territory.
struct TerritoryParticipation {
    struct ProblemView {
        var anchor: String
        var priority: Int
        var problem: String
        var causes: String
        var hasCauses: Bool
        var consequences: String
        var hasConsequences: Bool
        var affected: String
        var hasAffected: Bool
        var document: String
        var hasDocument: Bool
        var planLine: String
        var planLineName: String
        var hasPlanLineName: Bool
        var hasInvestment: Bool
        var projects: [ProjectRow]
        var projectCount: Int
        /// "1 proyecto", "3 proyectos".
        var projectsLabel: String
        var modified: String
        var executed: String
        var physicalProgress: String
    }

    var problems: [ProblemView]
    var hasProblems: Bool
    var withInvestment: Int
    var problemCount: Int
    var cut: String
    var rankingHref: String
    var actions: [ActionRow]
    var hasActions: Bool
    var matrixHref: String

    init(territory: Territory, data: CityData, from path: String) {
        let matched = data.problemInvestment(in: territory.code)
        problems = matched.enumerated().map { index, item in
            let problem = item.problem
            let budget = item.budget
            return ProblemView(
                anchor: "problema-\(index + 1)", priority: problem.priority, problem: problem.problem,
                causes: problem.causes, hasCauses: !problem.causes.isEmpty,
                consequences: problem.consequences, hasConsequences: !problem.consequences.isEmpty,
                affected: problem.affectedPopulation.map { SpanishFormat.integer($0) } ?? "", hasAffected: problem.affectedPopulation != nil,
                document: [problem.sourceDocument, problem.year.map { "año \($0)" } ?? ""].filter { !$0.isEmpty }.joined(separator: " · "),
                hasDocument: !problem.sourceDocument.isEmpty || problem.year != nil,
                planLine: problem.planLine, planLineName: item.planLineName, hasPlanLineName: !item.planLineName.isEmpty,
                hasInvestment: item.hasInvestment,
                projects: item.projects.map { ProjectRow($0, from: path, territories: data.territories) },
                projectCount: item.projects.count,
                projectsLabel: item.projects.count == 1 ? "1 proyecto" : "\(item.projects.count) proyectos",
                modified: SpanishFormat.money(budget.modified), executed: SpanishFormat.money(budget.executed),
                physicalProgress: SpanishFormat.percent(item.meanPhysicalProgress))
        }
        hasProblems = !problems.isEmpty
        problemCount = matched.count
        withInvestment = matched.count { $0.hasInvestment }
        cut = data.latest.map { SpanishFormat.cut($0.cut) } ?? ""
        rankingHref = PageContext.href(from: path, to: ProblemsRankingPage.path)
        actions = data.actions(in: territory.code).map { ActionRow($0, from: path, territories: data.territories) }
        hasActions = !actions.isEmpty
        matrixHref = PageContext.href(from: path, to: PlanMatrixPage.path)
    }
}
