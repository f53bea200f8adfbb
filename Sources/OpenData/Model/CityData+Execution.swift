/// Budget execution lookups: the latest export, joined to projects by BP code.
extension CityData {
    /// The most recent budget execution export: the one pages and datasets show.
    public var latestExecution: BudgetExecution? { executions.last }

    /// Execution lines of a project (BP code) in the latest export.
    public func executionLines(bp: String) -> [BudgetExecutionLine] { latestExecution?.lines(bp: bp) ?? [] }

    /// Execution lines of a territory in the latest export.
    public func executionLines(in territoryCode: Int) -> [BudgetExecutionLine] {
        latestExecution?.lines(in: territoryCode) ?? []
    }
}
