/// Every figure of the latest Cuadro 1S cut that pages and datasets show, computed once when the
/// model is made: per territory (with its agencies and share of the city), per agency over the
/// whole city, and for the whole city. Pages format them; the `resumen` datasets publish them.
public struct CityFigures: Sendable {
    /// Every project row of the cut: each territory's and aggregate's rows once.
    public var city: TerritoryFigures
    private var territories: [Int: TerritoryFigures]
    private var agencies: [String: ProjectFigures]
    /// Positions in the cut's projects of each agency's rows, by agency code.
    private var agencyRows: [String: [Int]]

    public init(_ report: Cuadro1SReport?) {
        let facts = (report?.projects ?? []).map(ProjectRowFacts.init)
        let total = ProjectFigures(facts: facts)
        city = TerritoryFigures(facts: facts, cityBudget: total.budget)
        var byTerritory: [Int: [ProjectRowFacts]] = [:]
        var byAgencyCode: [String: [Int]] = [:]
        for (index, row) in (report?.projects ?? []).enumerated() {
            byTerritory[row.territoryCode, default: []].append(facts[index])
            byAgencyCode[row.agency.code, default: []].append(index)
        }
        territories = byTerritory.mapValues { TerritoryFigures(facts: $0, cityBudget: total.budget) }
        agencies = byAgencyCode.mapValues { ProjectFigures(facts: $0.map { facts[$0] }) }
        agencyRows = byAgencyCode
    }

    /// A territory's figures; those of no project when the cut reports none there.
    public func territory(_ code: Int) -> TerritoryFigures {
        territories[code] ?? TerritoryFigures(facts: [], cityBudget: city.total.budget)
    }

    /// An agency's figures over the whole city, by agency code (every name it is reported under).
    public func agency(code: String) -> ProjectFigures {
        agencies[code] ?? .empty
    }

    /// Map classes of the territories' modified budgets (a territory without projects counts as zero).
    public func budgetClasses(of codes: [Int]) -> BudgetClasses {
        BudgetClasses(codes.map { territory($0).total.budget.modified ?? 0 })
    }

    /// Positions in the latest cut's projects of an agency's rows.
    func rows(ofAgency code: String) -> [Int] { agencyRows[code] ?? [] }
}

extension CityData {
    /// The latest cut's project rows of an agency (by code), in the cut's order: the rows its
    /// figures count.
    public func projects(ofAgency code: String) -> [Project] {
        let rows = projects
        return figures.rows(ofAgency: code).map { rows[$0] }
    }
}
