import Foundation

/// Reads `diagnosticos/problemas.csv`, one row per prioritized problem of a territory, by header
/// name. An unknown territory, a missing plan line or problem, or a priority that is not a positive
/// whole number is an error at its line and column; unreadable population or year is a warning.
public struct ProblemReader {
    public let territories: TerritoryCatalog

    public init(territories: TerritoryCatalog) {
        self.territories = territories
    }

    public enum Column {
        public static let territory = "territorio"
        public static let planLine = "linea_pd"
        public static let problem = "problema"
        public static let causes = "causas"
        public static let consequences = "consecuencias"
        public static let affected = "poblacion_afectada"
        public static let priority = "prioridad"
        public static let document = "documento_fuente"
        public static let year = "anio"

        static let required = [territory, planLine, problem, priority]
    }

    public func read(_ source: CSVSource, diagnostics: inout Diagnostics) -> [PrioritizedProblem] {
        guard let table = NamedColumns(source: source, required: Column.required, diagnostics: &diagnostics) else { return [] }
        var problems: [PrioritizedProblem] = []
        for record in table.rows {
            var found = Diagnostics()
            let territoryText = table.text(record, Column.territory)
            let territory = territories.resolve(territoryText)
            if territory == nil {
                found.error(table.location(record, Column.territory),
                            .cell(column: Column.territory,
                                  territoryText.isEmpty ? .problemWithoutTerritory : .unknownTerritory(text: territoryText)))
            }
            let line = table.text(record, Column.planLine)
            if line.isEmpty || !line.allSatisfy({ $0.isASCII && $0.isNumber }) {
                found.error(table.location(record, Column.planLine),
                            .cell(column: Column.planLine, line.isEmpty ? .problemWithoutPlanLine : .notPlanCode(text: line)))
            }
            let text = table.text(record, Column.problem)
            if text.isEmpty { found.error(table.location(record, Column.problem), .cell(column: Column.problem, .missingProblem)) }
            let priorityText = table.text(record, Column.priority)
            let priority = Int(priorityText)
            if priority == nil || priority! < 1 {
                found.error(table.location(record, Column.priority),
                            .cell(column: Column.priority, .notPriority(text: priorityText)))
            }
            let affected = table.wholeNumber(record, Column.affected, in: 0...100_000_000, diagnostics: &found)
            let year = table.wholeNumber(record, Column.year, in: 1900...2200, diagnostics: &found)
            let failed = found.hasErrors
            diagnostics.append(contentsOf: found)
            guard !failed, let territory, let priority else { continue }
            problems.append(PrioritizedProblem(
                territoryCode: territory.code, planLine: line, problem: text,
                causes: table.text(record, Column.causes), consequences: table.text(record, Column.consequences),
                affectedPopulation: affected, priority: priority, sourceDocument: table.text(record, Column.document),
                year: year, source: SourceLocation(file: source.path, line: record.line, column: 1)))
        }
        return problems
    }
}
