import Foundation
import OpenData
import Testing
@testable import SiteGen

/// Every real workbook in one content folder — the per-agency June 2024 cut, September 2024 and
/// quarters I and II of 2025 — with both budget-execution exports and the comunas' geometry, as a
/// publisher would drop them: the site builds, every cut has its page and original file, and the
/// `historico` dataset holds one row for each cut a project appears in. Presence in the form cuts
/// is read independently from the workbooks (Tests/Scripts/cuadro1s_reference.py, openpyxl).
@Suite(.tags(.external), .realData, .enabled(if: CatalogTools.available, Comment(rawValue: CatalogTools.missing)))
struct AllRealCutsTogetherTests {
    static let workbooks = [
        "2024-T2": "CUADRO_1S_Organismos_Junio_2024.xlsx",
        "2024-T3": "CUADRO_1S_Septiembre_2024.xlsx",
        "2025-T1": "CUADRO_1S_I_Trimestre_2025.xlsx",
        "2025-T2": "CUADRO_1S_II_Trimestre_2025.xlsx",
    ]

    static let site: Result<URL, Error> = Result {
        var files: [String: URL] = [
            "ejecucion/2025-03.csv": TestSupport.realFile("EXCERPT_EJECUCION_MARZO_2025.csv"),
            "ejecucion/2025-05.csv": TestSupport.realFile("EJECUCION_MAYO_2025.csv"),
            "geo/comunas.geojson": TestSupport.realFile("comunas.geojson"),
        ]
        for (cut, workbook) in workbooks { files["informes-1s/\(cut).xlsx"] = TestSupport.realFile(workbook) }
        return try TestSupport.build(TestSupport.content(copying: files))
    }

    /// The BP codes of a form-layout workbook, read with openpyxl.
    static func formBPs(_ workbook: String) throws -> Set<String> {
        let script = CatalogTools.scripts.appendingPathComponent("cuadro1s_reference.py")
        let run = try CatalogTools.python(script, ["bps", TestSupport.realFile(workbook).path])
        try #require(run.status == 0, Comment(rawValue: CatalogTools.tail(run)))
        return Set(try JSONDecoder().decode([String].self, from: Data(run.output.utf8)))
    }

    @Test func everyCutHasItsPageAndOriginal() throws {
        let output = try Self.site.get()
        for cut in Self.workbooks.keys {
            let page = output.appendingPathComponent("informes/\(cut)/index.html")
            let html = try String(contentsOf: page, encoding: .utf8)
            #expect(html.contains("\(cut).xlsx"), "the page of \(cut) offers its original file")
            let original = output.appendingPathComponent("informes/\(cut)/\(cut).xlsx")
            #expect(FileManager.default.contentsEqual(atPath: original.path,
                                                      andPath: TestSupport.realFile(Self.workbooks[cut]!).path))
        }
        let june = try String(contentsOf: output.appendingPathComponent("informes/2024-T2/index.html"), encoding: .utf8)
        #expect(june.contains("no tiene desglose territorial"))
    }

    @Test func historyHasOneRowPerCutAProjectAppearsIn() throws {
        let output = try Self.site.get()
        let rows = try TestSupport.csvRows(output.appendingPathComponent("datos/ciudad-completa/historico.csv"))
        var cutsOf: [String: [String]] = [:]
        for row in rows { cutsOf[row["bp"] ?? "", default: []].append(row["corte"] ?? "") }
        #expect(cutsOf.values.allSatisfy { Set($0).count == $0.count }, "one row per project and cut")
        for cut in ["2024-T3", "2025-T1", "2025-T2"] {
            let inWorkbook = try Self.formBPs(Self.workbooks[cut]!)
            let inHistory = Set(cutsOf.filter { $0.value.contains(cut) }.keys)
            #expect(inHistory == inWorkbook, "\(cut): \(inHistory.symmetricDifference(inWorkbook).sorted().prefix(5))")
        }
        let juneProjects = try TestSupport.csvRows(output.appendingPathComponent("datos/ciudad-completa/historico.csv"))
            .filter { $0["corte"] == "2024-T2" }.count
        #expect(juneProjects == 635, "the June 2024 per-agency cut has its 635 project rows")
        let everywhere = cutsOf.filter { $0.value.count == 4 }
        #expect(!everywhere.isEmpty, "some projects run through all four cuts")
        for (bp, cuts) in everywhere {
            #expect(cuts.sorted() == ["2024-T2", "2024-T3", "2025-T1", "2025-T2"], "\(bp)")
        }
    }
}
