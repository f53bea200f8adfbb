/// The `ejecucion` datasets: the latest budget execution export's lines per territory and for the
/// whole city (empty tables when there is no export, so every territory has the same files).
extension DatasetBuilder {
    static func executionDatasets(for data: CityData) -> [Dataset] {
        let scopes = data.territories.territories.map { DatasetScope.territory($0) } + [.wholeCity]
        return scopes.map { scope in
            guard let execution = data.latestExecution else {
                return Dataset(kind: .ejecucion, scope: scope, table: emptyTable(.ejecucion), cut: nil)
            }
            let lines: [BudgetExecutionLine]
            switch scope {
            case .territory(let territory): lines = execution.lines(in: territory.code)
            case .wholeCity: lines = execution.lines
            }
            return Dataset(kind: .ejecucion, scope: scope,
                           table: BudgetExecutionTables.lines(lines, period: execution.period, territories: data.territories),
                           cut: nil, period: execution.coveredPeriod)
        }
    }
}
