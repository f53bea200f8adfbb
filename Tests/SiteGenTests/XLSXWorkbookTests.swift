import Foundation
import OpenData
import Testing

/// Workbooks list their sheets in order, and each sheet reads under `file[Sheet]`.
@Suite(.tags(.site), .realData) struct XLSXWorkbookTests {
    @Test func listsTheSheetsOfTheRealWorkbooks() throws {
        var diagnostics = Diagnostics()
        let url = TestSupport.realFile("CUADRO_1S_II_Trimestre_2025.xlsx")
        let workbook = try #require(XLSXWorkbook.open(url, displayPath: "informes-1s/2025-T2.xlsx", diagnostics: &diagnostics))
        #expect(workbook.sheetNames == ["Descripcion Cuadro", "MEDE01.03.01.P01.F05", "Organismo", "Proyectos",
                                        "Avance Proyecto", "DAP Cuadro 4F"])
        let sheet = try #require(workbook.sheet(1, diagnostics: &diagnostics))
        #expect(sheet.path == "informes-1s/2025-T2.xlsx[MEDE01.03.01.P01.F05]")
        let header = sheet.records(prefix: 40).first { $0.fields.contains("Cód BP") }
        #expect(header?.line == 11)
        #expect(!diagnostics.hasErrors)
    }
}
