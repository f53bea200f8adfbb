/// Where the Cuadro 1S form is in a workbook: the sheet named after the form's code
/// (MEDE01.03.01.P01.F05, compared without case, spaces or punctuation), or else the first sheet
/// whose first rows hold the form's header. Title rows, blank rows and a totals row above the
/// header are skipped by the reader, as in a CSV.
public enum Cuadro1SWorkbook {
    /// The code of the DAP's form, as its sheet is usually named.
    public static let formCode = "MEDE01.03.01.P01.F05"

    /// The outcome of looking for the form.
    public enum Search {
        /// The form's sheet, read as a table under `file[Sheet]`.
        case found(CSVSource)
        /// The sheet named after the form cannot be read; its error is already reported.
        case unreadable
        /// No sheet holds the form's header, with the problems met reading the sheets looked at
        /// (for the caller to report if no other layout reads the workbook either).
        case notFound(Diagnostics)
    }

    /// Looks for the form in `workbook`.
    public static func find(in workbook: XLSXWorkbook, diagnostics: inout Diagnostics) -> Search {
        let named = workbook.sheetNames.indices.filter { isFormName(workbook.sheetNames[$0]) }
        for index in named {
            guard let source = workbook.sheet(index, diagnostics: &diagnostics) else { return .unreadable }
            if holdsHeader(source) { return .found(source) }
        }
        var problems = Diagnostics()
        for index in workbook.sheetNames.indices where !named.contains(index) {
            guard let source = workbook.sheet(index, diagnostics: &problems) else { continue }
            if holdsHeader(source) { return .found(source) }
        }
        return .notFound(problems)
    }

    /// Whether a sheet's name is the form's code, loosely: "MEDE01.03.01.P01.F05", "mede01 03 01 p01 f05".
    static func isFormName(_ name: String) -> Bool {
        letters(name).contains(letters(formCode))
    }

    private static func letters(_ text: String) -> String {
        String(text.uppercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
    }

    /// Whether one of the sheet's first rows holds more than half of the form's required headers
    /// (the reader then names any that are missing).
    static func holdsHeader(_ source: CSVSource) -> Bool {
        let required = Cuadro1SColumn.required.map(\.rawValue)
        guard let header = HeaderMap(records: source.records(prefix: HeaderMap.searchRows), required: required) else { return false }
        let found = required.count { header.contains($0) }
        return found * 2 > required.count
    }
}
