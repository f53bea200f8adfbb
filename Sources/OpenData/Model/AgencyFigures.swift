/// An agency's figures within a set of project rows (a territory's, or the whole city's).
public struct AgencyFigures: Sendable, Hashable {
    public var agency: Agency
    public var figures: ProjectFigures

    public init(agency: Agency, figures: ProjectFigures) {
        self.agency = agency
        self.figures = figures
    }

    /// The rows grouped by agency, largest modified budget first, then by agency code and name.
    static func grouped(facts rows: [ProjectRowFacts]) -> [AgencyFigures] {
        var order: [Agency] = []
        var byAgency: [Agency: [ProjectRowFacts]] = [:]
        for row in rows {
            if byAgency[row.agency] == nil { order.append(row.agency) }
            byAgency[row.agency, default: []].append(row)
        }
        return order.map { AgencyFigures(agency: $0, figures: ProjectFigures(facts: byAgency[$0]!)) }
            .sorted { a, b in
                let (x, y) = (a.modifiedOrZero, b.modifiedOrZero)
                return x != y ? x > y : (a.agency.code, a.agency.name) < (b.agency.code, b.agency.name)
            }
    }

    /// The modified budget, zero when unknown (the order of the dashboard's bars).
    public var modifiedOrZero: Int64 { figures.budget.modified ?? 0 }
}
