/// A territory's figures in the latest cut (or the whole city's): its totals, its agencies and the
/// share of the city's money by budget phase.
public struct TerritoryFigures: Sendable, Hashable {
    public var total: ProjectFigures
    /// By agency, largest modified budget first (see `AgencyFigures.grouped`).
    public var agencies: [AgencyFigures]
    /// The whole city's money by phase, which the shares divide by.
    public var cityBudget: Budget
    /// Share of the city's money by phase, 0–100 (see `BudgetShares`).
    public var cityShare: BudgetShares

    init(facts rows: [ProjectRowFacts], cityBudget: Budget) {
        total = ProjectFigures(facts: rows)
        agencies = AgencyFigures.grouped(facts: rows)
        self.cityBudget = cityBudget
        cityShare = BudgetShares(total.budget, of: cityBudget)
    }
}

/// A budget as a share of another, phase by phase, 0–100; nil where either side is unknown or the
/// whole is not above zero.
public struct BudgetShares: Sendable, Hashable {
    public var initial: Double?
    public var modified: Double?
    public var executed: Double?
    public var obligated: Double?
    public var paid: Double?

    public init(_ part: Budget, of whole: Budget) {
        func share(_ amount: Int64?, _ total: Int64?) -> Double? {
            guard let amount, let total, total > 0 else { return nil }
            return Double(amount) / Double(total) * 100
        }
        initial = share(part.initial, whole.initial)
        modified = share(part.modified, whole.modified)
        executed = share(part.executed, whole.executed)
        obligated = share(part.obligated, whole.obligated)
        paid = share(part.paid, whole.paid)
    }
}
