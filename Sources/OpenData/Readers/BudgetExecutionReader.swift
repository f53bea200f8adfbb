import Foundation

/// The columns of a budget execution export that sitegen reads, each with the header names it has
/// had across years. Only these are looked up; any other column is ignored, so the export may add,
/// drop or reorder the rest.
enum BudgetExecutionColumn: CaseIterable {
    case agencyCode, agencyName, bpin, bp, projectName, activityCode, activityName, fundCode, fundName
    case origin, territory, validity, initial, modified, certified, committed, obligated, paid, execution

    /// Header names accepted for the column, the usual one first.
    var names: [String] {
        switch self {
        case .agencyCode: return ["Centro Gestor"]
        case .agencyName: return ["Nombre Centro Gestor"]
        case .bpin: return ["BPIN"]
        case .bp: return ["BP", "Código BP", "Cod BP"]
        case .projectName: return ["Nombre BP", "Nombre Proyecto"]
        case .activityCode: return ["Programa Presupuestal", "Actividad"]
        case .activityName: return ["Nombre Actividad"]
        case .fundCode: return ["Fondo"]
        case .fundName: return ["Nombre Fondo"]
        case .origin: return ["Origen"]
        case .territory: return ["COMUNA", "Comuna/Corregimiento", "Territorio"]
        case .validity: return ["VIGENCIA"]
        case .initial: return ["PPTO INICIAL", "PPTO. INICIAL", "PRESUPUESTO INICIAL"]
        case .modified: return ["PPTO. MODIFICADO", "PPTO MODIFICADO", "PRESUPUESTO MODIFICADO"]
        case .certified: return ["TOTAL ACUMULADO CDP", "CDP"]
        case .committed: return ["TOTAL ACUMULADO RPC", "RPC", "COMPROMISOS"]
        case .obligated: return ["TOTAL ACUMUL OBLIGAC", "TOTAL ACUMULADO OBLIGACIONES", "OBLIGACIONES"]
        case .paid: return ["PAGOS", "TOTAL PAGOS"]
        case .execution: return ["EJECUCION"]
        }
    }

    /// Columns without which a line cannot be read. The committed amount comes from
    /// `TOTAL ACUMULADO RPC` or, when a year lacks it, `EJECUCION`: one of them is required.
    static let required: [BudgetExecutionColumn] = [.agencyCode, .bp, .origin, .territory, .initial, .modified, .obligated, .paid]
}

/// Reads a budget execution export by header name: the territory (`COMUNA`, a name such as
/// "COMUNA 21", "EL HORMIGUERO" or "SANTIAGO DE CALI" = city-wide) and the BP code are keys whose
/// problems are errors; a bad amount is a warning and the amount is left empty.
public struct BudgetExecutionReader {
    public let territories: TerritoryCatalog

    public init(territories: TerritoryCatalog) {
        self.territories = territories
    }

    public func read(_ source: CSVSource, period: String, diagnostics: inout Diagnostics) -> BudgetExecution? {
        let records = source.records
        let allNames = BudgetExecutionColumn.required.map { $0.names[0] }
        guard let header = HeaderMap(records: records, required: allNames) else {
            diagnostics.error(SourceLocation(file: source.path, line: 1, column: 1), .source(.noBudgetExecutionHeader))
            return nil
        }
        var columns: [BudgetExecutionColumn: Int] = [:]
        for column in BudgetExecutionColumn.allCases {
            columns[column] = column.names.lazy.compactMap { header.column($0) }.first
        }
        var missing = BudgetExecutionColumn.required.filter { columns[$0] == nil }.map { $0.names[0] }
        if columns[.committed] == nil && columns[.execution] == nil { missing.append("TOTAL ACUMULADO RPC") }
        if !missing.isEmpty {
            diagnostics.error(SourceLocation(file: source.path, line: records[header.headerIndex].line, column: 1),
                              .source(.missingColumns(missing)))
            return nil
        }
        var lines: [BudgetExecutionLine] = []
        for record in records.dropFirst(header.headerIndex + 1) {
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
            var row = ExecutionRow(source: source, header: header, columns: columns, record: record)
            if let line = row.read(territories: territories) { lines.append(line) }
            diagnostics.append(contentsOf: row.diagnostics)
        }
        return BudgetExecution(period: period, sourcePath: source.path, lines: lines)
    }
}

/// The cells of one budget execution line, collecting problems.
private struct ExecutionRow {
    let source: CSVSource
    let header: HeaderMap
    let columns: [BudgetExecutionColumn: Int]
    let record: CSVRecord
    var diagnostics = Diagnostics()
    var agencyCode = ""

    func text(_ column: BudgetExecutionColumn) -> String {
        guard let index = columns[column] else { return "" }
        return record[index].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    mutating func fail(_ column: BudgetExecutionColumn, _ problem: CellProblem) {
        let index = columns[column] ?? 0
        diagnostics.error(source.location(record, column: index), .cell(column: HeaderName.display(header.names[index]), problem),
                          agencyCode: agencyCode)
    }

    mutating func money(_ column: BudgetExecutionColumn) -> Int64? {
        guard let index = columns[column] else { return nil }
        switch ValueParsing.money(record[index]) {
        case .value(let value): return value
        case .empty: return nil
        case .invalid(let problem):
            diagnostics.warning(source.location(record, column: index), .value(column: HeaderName.display(header.names[index]), problem),
                                agencyCode: agencyCode)
            return nil
        }
    }

    mutating func read(territories: TerritoryCatalog) -> BudgetExecutionLine? {
        agencyCode = text(.agencyCode)
        let territoryText = text(.territory)
        guard let territory = territories.resolve(territoryText) else {
            fail(.territory, RowKeys.territoryProblem(territoryText))
            return nil
        }
        let bp = text(.bp)
        if let problem = RowKeys.bpProblem(bp) {
            fail(.bp, problem)
            return nil
        }
        let committed = columns[.committed] != nil ? money(.committed) : money(.execution)
        let budget = Budget(initial: money(.initial), modified: money(.modified), executed: committed,
                            obligated: money(.obligated), paid: money(.paid))
        return BudgetExecutionLine(
            agency: Agency(code: agencyCode, name: text(.agencyName)), bp: bp, bpin: text(.bpin),
            projectName: text(.projectName), activityCode: text(.activityCode), activityName: text(.activityName),
            fundCode: text(.fundCode), fundName: text(.fundName), origin: text(.origin), territoryCode: territory.code,
            validity: text(.validity), budget: budget, certified: money(.certified),
            source: SourceLocation(file: source.path, line: record.line, column: 1))
    }
}
