import Foundation

/// Reads `ejecucion/*.csv` (or `.xlsx`), the budget execution exports, one file per cut named
/// `YYYY-MM.csv`.
extension ContentFolderReader {
    func readExecutions(territories: TerritoryCatalog, diagnostics: inout Diagnostics) -> [BudgetExecution] {
        let folder = ContentLayout.executions
        let reader = BudgetExecutionReader(territories: territories)
        var executions: [BudgetExecution] = []
        var seen = Set<String>()
        for name in (files(in: folder, extension: "csv") + files(in: folder, extension: "xlsx")).sorted() {
            let path = display("\(folder)/\(name)")
            let period = String(name.prefix { $0 != "." })
            let execution = BudgetExecution(period: period, sourcePath: path, lines: [])
            guard execution.yearMonth != nil else {
                diagnostics.error(SourceLocation(file: path), .source(.badExecutionFileName))
                continue
            }
            guard seen.insert(period).inserted else {
                diagnostics.error(SourceLocation(file: path), .source(.duplicateCut(cut: period)))
                continue
            }
            guard let source = readTable(root.appendingPathComponent(folder).appendingPathComponent(name),
                                         displayPath: path, diagnostics: &diagnostics),
                  let read = reader.read(source, period: period, diagnostics: &diagnostics) else { continue }
            executions.append(read)
        }
        return executions
    }
}
