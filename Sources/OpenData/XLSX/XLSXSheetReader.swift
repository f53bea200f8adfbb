import Foundation

/// Reads the first worksheet of an Excel workbook (.xlsx) into the same records a CSV gives, so
/// every reader takes a workbook as it is: one record per sheet row, its `line` the row number in
/// the sheet and each field's column the cell's column number (A = 1). Problems are reported under
/// the file's path alone.
public enum XLSXSheetReader {
    public static func read(_ url: URL, displayPath: String, diagnostics: inout Diagnostics) -> CSVSource? {
        guard let workbook = XLSXWorkbook.open(url, displayPath: displayPath, diagnostics: &diagnostics),
              let source = workbook.sheet(0, reportedAs: displayPath, diagnostics: &diagnostics) else { return nil }
        if source.records(prefix: 1).isEmpty {
            diagnostics.error(SourceLocation(file: displayPath), .source(.emptyFirstWorksheet))
            return nil
        }
        return source
    }
}
