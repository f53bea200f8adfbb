import Foundation

/// A Cuadro 1S cut file read into a report, whatever its layout.
extension ContentFolderReader {
    /// The one place where a cut's layout is chosen. A CSV is the form itself. A workbook holds the
    /// form on one of its sheets (`Cuadro1SWorkbook`); a workbook where no sheet holds the form's
    /// header is of another layout, and is read by that layout's reader here.
    func readCuadro1S(_ url: URL, displayPath: String, cut: ReportCut, reader: Cuadro1SReader,
                      diagnostics: inout Diagnostics) -> Cuadro1SReport? {
        guard url.pathExtension.lowercased() == "xlsx" else {
            guard let source = CSVSource.read(url, displayPath: displayPath, diagnostics: &diagnostics) else { return nil }
            return reader.read(source, cut: cut, diagnostics: &diagnostics)
        }
        guard let workbook = XLSXWorkbook.open(url, displayPath: displayPath, diagnostics: &diagnostics) else { return nil }
        switch Cuadro1SWorkbook.find(in: workbook, diagnostics: &diagnostics) {
        case .found(let sheet):
            return reader.read(sheet, cut: cut, sourcePath: displayPath, diagnostics: &diagnostics)
        case .unreadable:
            return nil
        case .notFound(let problems):
            // No sheet holds the form: the older per-agency layout ("Plan de Acción Proyectos
            // Organismos", one sheet per agency) is read by its own reader.
            let agencyLayout = AgencyWorkbookReader().readIfLayout(workbook, cut: cut, diagnostics: &diagnostics)
            if agencyLayout.isLayout { return agencyLayout.report }
            diagnostics.append(contentsOf: problems)
            // A sheet that cannot be read (damaged, a DTD, a ZIP bomb) is the one clear error.
            if !problems.hasErrors {
                diagnostics.error(SourceLocation(file: displayPath), .workbook(.noCuadro1SSheet))
            }
            return nil
        }
    }
}
