/// Why a workbook, or one of its parts, cannot be read: the typed problem and, for a problem inside
/// a sheet, the sheet's row.
struct XLSXProblem: Error {
    var problem: Problem
    var row = 0

    init(_ problem: WorkbookProblem) {
        self.problem = .workbook(problem)
    }

    init(_ problem: SourceProblem, row: Int = 0) {
        self.problem = .source(problem)
        self.row = row
    }
}
