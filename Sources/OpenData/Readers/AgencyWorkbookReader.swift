import Foundation

/// Reads the older "Plan de Acción Proyectos Organismos" workbook (vigencia 2024 up to June): a
/// summary sheet, then one sheet per agency with a title block, its header on any of its first 40
/// rows, and hierarchical rows (see `AgencySheetReader`). It gives the same `Cuadro1SReport` as
/// the form, with every project city-wide and the report marked as having no territorial
/// breakdown. The summary sheet is not data: where its per-agency totals disagree with the agency
/// sheets, that is a warning.
public struct AgencyWorkbookReader {
    public init() {}

    /// Whether `workbook` is in this layout: no sheet holds the Cuadro 1S form header, and some sheet
    /// holds the per-agency header.
    public static func looksLikeLayout(_ workbook: XLSXWorkbook) -> Bool {
        var ignored = Diagnostics()
        return layoutSheets(workbook, diagnostics: &ignored) != nil
    }

    /// The cut in `workbook` when it is in this layout (`isLayout`), read from one reading of each
    /// sheet; `isLayout` is false, with nothing reported, for any other workbook.
    public func readIfLayout(_ workbook: XLSXWorkbook, cut: ReportCut,
                             diagnostics: inout Diagnostics) -> (isLayout: Bool, report: Cuadro1SReport?) {
        var own = Diagnostics()
        guard let sheets = Self.layoutSheets(workbook, diagnostics: &own) else { return (false, nil) }
        diagnostics.append(contentsOf: own)
        return (true, read(sheets, of: workbook, cut: cut, diagnostics: &diagnostics))
    }

    /// Reads every sheet of `workbook` as this layout, without checking first that it is.
    public func read(_ workbook: XLSXWorkbook, cut: ReportCut, diagnostics: inout Diagnostics) -> Cuadro1SReport? {
        let sheets = workbook.sheetNames.indices.map { ($0, workbook.sheet($0, diagnostics: &diagnostics)) }
        return read(sheets, of: workbook, cut: cut, diagnostics: &diagnostics)
    }

    /// Every sheet read, when no sheet holds the form and some sheet holds the per-agency header;
    /// nil otherwise. The form is recognised as `Cuadro1SWorkbook` finds it: a sheet named after the
    /// form code settles it without reading; otherwise reading stops at the first sheet holding the
    /// form's header.
    static func layoutSheets(_ workbook: XLSXWorkbook, diagnostics: inout Diagnostics) -> [(Int, CSVSource?)]? {
        if workbook.sheetNames.contains(where: Cuadro1SWorkbook.isFormName) { return nil }
        var found = false
        var sheets: [(Int, CSVSource?)] = []
        for index in workbook.sheetNames.indices {
            let source = workbook.sheet(index, diagnostics: &diagnostics)
            sheets.append((index, source))
            guard let source else { continue }
            if Cuadro1SWorkbook.holdsHeader(source) { return nil }
            if !found, AgencyColumns(records: source.records(prefix: HeaderMap.searchRows)) != nil { found = true }
        }
        return found ? sheets : nil
    }

    private func read(_ sheets: [(Int, CSVSource?)], of workbook: XLSXWorkbook, cut: ReportCut,
                      diagnostics: inout Diagnostics) -> Cuadro1SReport? {
        var projects: [Project] = []
        var summary: AgencySummary?
        for case let (index, source?) in sheets {
            let records = source.records
            if let columns = AgencyColumns(records: records) {
                let agency = Self.agency(sheetName: workbook.sheetNames[index], records: records.prefix(columns.headerIndex))
                var sheet = AgencySheetReader(source: source, columns: columns, records: records,
                                              quarter: cut.quarter - 1, agency: agency)
                projects += sheet.read()
                diagnostics.append(contentsOf: sheet.diagnostics)
            } else if summary == nil, let found = AgencySummary(source: source, records: records) {
                summary = found
            } else if records.contains(where: { $0.fields.contains { !ValueParsing.isEmpty($0) } }) {
                diagnostics.warning(SourceLocation(file: source.path, line: 1, column: 1),
                                    .agency(.sheetNotRead))
            }
        }
        guard !projects.isEmpty else {
            diagnostics.error(SourceLocation(file: workbook.displayPath), .agency(.noProjectRow))
            return nil
        }
        projects = Self.merged(projects, diagnostics: &diagnostics)
        summary?.compare(with: projects, diagnostics: &diagnostics)
        projects.sort { ($0.territoryCode, $0.bp) < ($1.territoryCode, $1.bp) }
        return Cuadro1SReport(cut: cut, sourcePath: workbook.displayPath, projects: projects, hasTerritories: false)
    }

    /// The sheet's agency: the code its name starts with ("4133 Dagma") and the name its title block
    /// writes after "ORGANISMO", else the rest of the sheet's name.
    static func agency(sheetName: String, records: ArraySlice<CSVRecord>) -> Agency {
        let trimmed = sheetName.trimmingCharacters(in: .whitespaces)
        let code = String(trimmed.prefix { $0.isNumber })
        var name = String(trimmed.dropFirst(code.count)).trimmingCharacters(in: .whitespaces)
        title: for record in records {
            for (column, cell) in record.fields.enumerated() where AgencyColumn.key(cell) == "organismo" {
                if let written = record.fields.dropFirst(column + 1).first(where: { !ValueParsing.isEmpty($0) }) {
                    name = HeaderName.display(written.trimmingCharacters(in: .whitespacesAndNewlines))
                    break title
                }
            }
        }
        return Agency(code: code, name: name)
    }

    /// One project per BP code: a code given twice (in two sheets, or twice in one) is read as one
    /// project with both rows' products and budgets, with a warning.
    static func merged(_ projects: [Project], diagnostics: inout Diagnostics) -> [Project] {
        var at: [String: Int] = [:]
        var result: [Project] = []
        for project in projects {
            guard let first = at[project.bp] else {
                at[project.bp] = result.count
                result.append(project)
                continue
            }
            let location = project.activities.first?.source ?? SourceLocation(file: "")
            let previous = result[first].activities.first?.source
            diagnostics.warning(location, .agency(.projectRepeated(project: project.bp, first: previous.map { "\($0.file):\($0.line)" })),
                                agencyCode: project.agency.code)
            result[first].activities += project.activities
            result[first].reportedBudget = (result[first].reportedBudget ?? Budget()) + (project.reportedBudget ?? Budget())
        }
        return result
    }
}
