/// Every figure of the latest Cuadro 1S cut that pages and datasets show, computed once when the
/// model is made: per territory (with its agencies and share of the city), per agency over the
/// whole city, and for the whole city. Pages format them; the `resumen` datasets publish them.
public struct CityFigures: Sendable {
    /// Every project row of the cut: each territory's and aggregate's rows once.
    public var city: TerritoryFigures
    private var territories: [Int: TerritoryFigures]
    private var agencies: [String: ProjectFigures]
    private var agencyRows: [String: [Project]]

    public init(_ report: Cuadro1SReport?) {
        let rows = report?.projects ?? []
        city = TerritoryFigures(rows: rows, cityBudget: Totals(rows).budget)
        var byTerritory: [Int: [Project]] = [:]
        var byAgencyCode: [String: [Project]] = [:]
        for row in rows {
            byTerritory[row.territoryCode, default: []].append(row)
            byAgencyCode[row.agency.code, default: []].append(row)
        }
        let cityBudget = city.total.budget
        territories = byTerritory.mapValues { TerritoryFigures(rows: $0, cityBudget: cityBudget) }
        agencies = byAgencyCode.mapValues(ProjectFigures.init)
        agencyRows = byAgencyCode
    }

    /// A territory's figures; those of no project when the cut reports none there.
    public func territory(_ code: Int) -> TerritoryFigures {
        territories[code] ?? TerritoryFigures(rows: [], cityBudget: city.total.budget)
    }

    /// An agency's figures over the whole city, by agency code (every name it is reported under).
    public func agency(code: String) -> ProjectFigures {
        agencies[code] ?? .empty
    }

    /// The rows an agency's figures count, in the cut's order (territory, then BP code).
    public func projects(ofAgency code: String) -> [Project] {
        agencyRows[code] ?? []
    }

    /// Map classes of the territories' modified budgets (a territory without projects counts as zero).
    public func budgetClasses(of codes: [Int]) -> BudgetClasses {
        BudgetClasses(codes.map { territory($0).total.budget.modified ?? 0 })
    }
}
