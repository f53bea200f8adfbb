import Foundation
import OpenData
import Testing
@testable import SiteGen

/// Each real workbook of the Cuadro 1S form (quarter I 2025: form on the first sheet, header on
/// row 9; quarter II 2025: form on the second sheet, a totals row above the header on row 11;
/// September 2024: header on row 2, territories written as names), built alone, gives per
/// territory the activity count, project count and modified budget that an independent reading of
/// the workbook with openpyxl gives (Tests/Scripts/cuadro1s_reference.py). And the same cut saved
/// as Excel es-CO saves a CSV gives the same dataset values as the workbook.
@Suite(.tags(.external), .realData, .enabled(if: CatalogTools.available, Comment(rawValue: CatalogTools.missing)))
struct RealFormCutsTests {
    struct Cut: Sendable, CustomTestStringConvertible {
        var id: String
        var workbook: String
        var testDescription: String { id }
    }

    static let cuts = [
        Cut(id: "2025-T1", workbook: "CUADRO_1S_I_Trimestre_2025.xlsx"),
        Cut(id: "2025-T2", workbook: "CUADRO_1S_II_Trimestre_2025.xlsx"),
        Cut(id: "2024-T3", workbook: "CUADRO_1S_Septiembre_2024.xlsx"),
    ]

    static var script: URL { CatalogTools.scripts.appendingPathComponent("cuadro1s_reference.py") }

    struct Figures: Decodable, Equatable, CustomStringConvertible {
        var activities: Int
        var projects: Int
        var modified: Int64
        static let zero = Figures(activities: 0, projects: 0, modified: 0)
        var description: String { "\(activities) activities, \(projects) projects, $\(modified)" }
    }

    struct Reference: Decodable {
        var sheet: String
        var header_row: Int
        var territories: [String: Figures]
        var unknown: [String]
    }

    static func reference(_ cut: Cut) throws -> Reference {
        let run = try CatalogTools.python(script, ["counts", TestSupport.realFile(cut.workbook).path])
        try #require(run.status == 0, Comment(rawValue: CatalogTools.tail(run)))
        return try JSONDecoder().decode(Reference.self, from: Data(run.output.utf8))
    }

    /// The cut built alone as `informes-1s/<cut>.xlsx`.
    static func buildWorkbook(_ cut: Cut) throws -> URL {
        let content = try TestSupport.content(copying: ["informes-1s/\(cut.id).xlsx": TestSupport.realFile(cut.workbook)])
        return try TestSupport.build(content)
    }

    static let workbookSites: [String: Result<URL, Error>] = Dictionary(uniqueKeysWithValues: cuts.map { cut in
        (cut.id, Result { try buildWorkbook(cut) })
    })

    /// A territory's figures as the built site publishes them.
    static func published(_ output: URL, _ territory: Territory) throws -> Figures {
        let folder = output.appendingPathComponent("datos/territorios/\(territory.slug)")
        let projects = try TestSupport.csvRows(folder.appendingPathComponent("proyectos.csv"))
        let activities = try TestSupport.csvRows(folder.appendingPathComponent("actividades.csv"))
        return Figures(activities: activities.count, projects: projects.count,
                       modified: projects.compactMap { Int64($0["presupuesto_modificado"] ?? "") }.reduce(0, +))
    }

    @Test(arguments: cuts)
    func eachTerritoryMatchesAnIndependentReading(_ cut: Cut) throws {
        let reference = try Self.reference(cut)
        #expect(reference.unknown.isEmpty, "comuna values the reference reading cannot place: \(reference.unknown)")
        let output = try #require(Self.workbookSites[cut.id]).get()
        var compared = 0
        for territory in TerritoryCatalog.builtIn.territories {
            let expected = reference.territories[String(territory.code)] ?? .zero
            let found = try Self.published(output, territory)
            #expect(found == expected, "\(cut.id) \(territory.name): published \(found), workbook \(expected)")
            if expected.activities > 0 { compared += 1 }
        }
        #expect(compared >= 30, "most territories have activities in \(cut.id)")
        let placed = Set(TerritoryCatalog.builtIn.territories.map { String($0.code) })
        #expect(Set(reference.territories.keys).isSubset(of: placed))
    }

    // MARK: CSV and workbook agree

    static let csvCuts = [cuts[0], cuts[1]]

    /// The cut saved as an Excel es-CO CSV (by the reference script) and built alone.
    static func buildExcelCSV(_ cut: Cut) throws -> URL {
        let content = TestSupport.temporaryFolder("content")
        let folder = content.appendingPathComponent("informes-1s")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let csv = folder.appendingPathComponent("\(cut.id).csv")
        let run = try CatalogTools.python(script, ["excel-csv", TestSupport.realFile(cut.workbook).path, csv.path])
        try #require(run.status == 0, Comment(rawValue: CatalogTools.tail(run)))
        return try TestSupport.build(content)
    }

    static let csvSites: [String: Result<URL, Error>] = Dictionary(uniqueKeysWithValues: csvCuts.map { cut in
        (cut.id, Result { try buildExcelCSV(cut) })
    })

    /// Text as the Excel CSV holds it: accents composed, and each character Windows-1252 lacks as '?'.
    static func windows1252(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            let fits = String(scalar).data(using: .windowsCP1252) != nil
            out.append(fits ? scalar : "?")
        }
        return String(out)
    }

    @Test(arguments: csvCuts)
    func excelCSVGivesTheWorkbooksDatasets(_ cut: Cut) throws {
        let fromWorkbook = try #require(Self.workbookSites[cut.id]).get()
        let fromCSV = try #require(Self.csvSites[cut.id]).get()
        let datos = fromWorkbook.appendingPathComponent("datos")
        let folders = try FileManager.default.contentsOfDirectory(atPath: datos.appendingPathComponent("territorios").path).sorted()
            .map { "territorios/\($0)" } + ["ciudad-completa"]
        var differences: [String] = []
        var cells = 0, lossy = 0
        for folder in folders {
            for name in ["proyectos.csv", "actividades.csv"] {
                let path = "datos/\(folder)/\(name)"
                let a = try TestSupport.csvRows(fromWorkbook.appendingPathComponent(path))
                let b = try TestSupport.csvRows(fromCSV.appendingPathComponent(path))
                guard a.count == b.count else {
                    differences.append("\(path): \(a.count) rows from the workbook, \(b.count) from the CSV")
                    continue
                }
                for (index, (rowA, rowB)) in zip(a, b).enumerated() {
                    // The source line differs by construction: a cell with line breaks takes one
                    // sheet row but several CSV lines.
                    for (column, valueA) in rowA where column != "fila_fuente" {
                        cells += 1
                        let valueB = rowB[column] ?? "(missing)"
                        if valueA == valueB { continue }
                        if Self.windows1252(valueA) == valueB {
                            lossy += 1
                            continue
                        }
                        differences.append("\(path) row \(index + 2) \(column): workbook \"\(valueA)\", CSV \"\(valueB)\"")
                    }
                }
            }
        }
        #expect(cells > 50_000)
        #expect(lossy < 300, "cells that differ only by characters Windows-1252 cannot hold")
        #expect(differences.isEmpty, "\(differences.count) differences, first: \(differences.prefix(15).joined(separator: "\n"))")
    }
}

/// The quarter II 2025 workbook holds the form on its second sheet, under a row of totals: it is
/// found there, and its problems name the sheet with the sheet's own row and column.
@Suite(.tags(.site), .realData) struct RealFormSheetTests {
    @Test func problemsNameTheFormsSheetRowAndColumn() throws {
        let content = try TestSupport.content(copying: ["informes-1s/2025-T2.xlsx": TestSupport.realFile("CUADRO_1S_II_Trimestre_2025.xlsx")])
        let (_, diagnostics) = SiteBuilder(options: .init(content: content, output: URL(fileURLWithPath: "/dev/null"))).check()
        #expect(diagnostics.errorCount == 0, "\(diagnostics.items.filter { $0.severity == .error }.prefix(5).map(\.formatted))")
        let lines = diagnostics.items.map { String($0.formatted.drop { $0 != "/" }.dropFirst()) }
        #expect(lines.contains("informes-1s/2025-T2.xlsx[MEDE01.03.01.P01.F05]:2578:50: warning: Fecha Fin: \"3011/2025\" is not a date"))
        #expect(lines.allSatisfy { $0.hasPrefix("informes-1s/2025-T2.xlsx[MEDE01.03.01.P01.F05]:") }, "\(lines.prefix(5))")
    }
}
