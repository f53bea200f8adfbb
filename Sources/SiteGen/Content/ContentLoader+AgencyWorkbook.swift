import Foundation
import OpenData

/// Cuts in the older per-agency workbook ("Plan de Acción Proyectos Organismos", 2024 up to June).
extension ContentLoader {
    /// Reads `url` with `AgencyWorkbookReader` when it is a workbook in that layout; `isLayout` is
    /// false (and nothing is reported) for any other file, which the Cuadro 1S form reader reads.
    func readAgencyWorkbook(_ url: URL, displayPath: String, cut: ReportCut,
                            diagnostics: inout Diagnostics) -> (isLayout: Bool, report: Cuadro1SReport?) {
        guard url.pathExtension.lowercased() == "xlsx" else { return (false, nil) }
        var ignored = Diagnostics()
        guard let workbook = XLSXWorkbook.open(url, displayPath: displayPath, diagnostics: &ignored) else { return (false, nil) }
        return AgencyWorkbookReader().readIfLayout(workbook, cut: cut, diagnostics: &diagnostics)
    }
}
