import Foundation

/// The summary sheet at the front of the per-agency workbook ("Junio de 2024"): per agency code,
/// its project count and budget totals. It is not data; it is only compared with the agency
/// sheets, and each disagreement is a warning at the summary's cell.
struct AgencySummary {
    private struct Figure {
        var header: String
        var column: Int
        var measure: (Project) -> Int64?
    }

    private struct Line {
        var code: String
        var record: CSVRecord
    }

    let source: CSVSource
    private var figures: [Figure] = []
    private var lines: [Line] = []

    /// Nil when no row among the first 40 holds "Código" and "Organismo" with budget columns below
    /// or beside them.
    init?(source: CSVSource, records: [CSVRecord]) {
        guard let headerIndex = records.prefix(HeaderMap.searchRows).firstIndex(where: { record in
            let keys = Set(record.fields.map(AgencyColumn.key))
            return keys.contains("codigo") && keys.contains("organismo")
        }) else { return nil }
        self.source = source
        let header = records[headerIndex]
        let codeColumn = header.fields.firstIndex { AgencyColumn.key($0) == "codigo" } ?? 0
        let rows = records[headerIndex...].prefix(2)
        func find(_ key: String, after: Int = -1) -> (Int, String)? {
            var best: (Int, String)?
            for record in rows {
                for (column, cell) in record.fields.enumerated() where column > after && AgencyColumn.key(cell) == key {
                    if best == nil || column < best!.0 { best = (column, HeaderName.display(cell.trimmingCharacters(in: .whitespaces))) }
                }
            }
            return best
        }
        if let count = find("total") {
            figures.append(Figure(header: count.1, column: count.0, measure: { _ in 1 }))
        }
        if let initial = find("inicial") {
            figures.append(Figure(header: initial.1, column: initial.0, measure: { $0.budget.initial }))
            if let executed = find("ejecutado", after: initial.0) {
                figures.append(Figure(header: executed.1, column: executed.0, measure: { $0.budget.executed }))
            }
            if let paid = find("pagos", after: initial.0) {
                figures.append(Figure(header: paid.1, column: paid.0, measure: { $0.budget.paid }))
            }
        }
        if let modified = find("definitivo") ?? find("modificado") {
            figures.append(Figure(header: modified.1, column: modified.0, measure: { $0.budget.modified }))
        }
        guard !figures.isEmpty else { return nil }
        figures.sort { $0.column < $1.column }
        // The agencies' lines are one block under the header; the first row without a code after
        // it (the totals) ends it, and the notes and chart parameters below are not read.
        for record in records.dropFirst(headerIndex + 1) {
            let code = record[codeColumn].trimmingCharacters(in: .whitespaces)
            guard !code.isEmpty, code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                if lines.isEmpty { continue } else { break }
            }
            lines.append(Line(code: code, record: record))
        }
    }

    /// Warns where a summary figure differs from the sum over the agency's projects, and where an
    /// agency is in only one of the two.
    func compare(with projects: [Project], diagnostics: inout Diagnostics) {
        let byAgency = Dictionary(grouping: projects, by: \.agency.code)
        for line in lines {
            guard let own = byAgency[line.code] else {
                diagnostics.warning(SourceLocation(file: source.path, line: line.record.line, column: 1),
                                    .agency(.summaryAgencyWithoutProjects(agency: line.code)),
                                    agencyCode: line.code)
                continue
            }
            for figure in figures {
                guard case .value(let stated) = ValueParsing.number(line.record[figure.column]) else { continue }
                let total = own.reduce(Int64(0)) { $0 + (figure.measure($1) ?? 0) }
                guard Int64(stated.rounded()) != total else { continue }
                diagnostics.warning(source.location(line.record, column: figure.column),
                                    .agency(.summaryDiffers(agency: line.code, figure: figure.header, stated: stated, total: total)),
                                    agencyCode: line.code)
            }
        }
        let listed = Set(lines.map(\.code))
        for code in byAgency.keys.sorted() where !listed.contains(code) {
            diagnostics.warning(SourceLocation(file: source.path, line: 1, column: 1),
                                .agency(.agencyWithoutSummaryLine(agency: code)), agencyCode: code)
        }
    }
}
