import Foundation

/// Tabular sources as the Alcaldía saves them: a CSV, or the first sheet of an Excel workbook.
extension ContentFolderReader {
    func readTable(_ url: URL, displayPath: String, diagnostics: inout Diagnostics) -> CSVSource? {
        if url.pathExtension.lowercased() == "xlsx" {
            return XLSXSheetReader.read(url, displayPath: displayPath, diagnostics: &diagnostics)
        }
        return CSVSource.read(url, displayPath: displayPath, diagnostics: &diagnostics)
    }
}
