import Foundation
import Testing
@testable import OpenData

/// Cuadro 1S columns found by meaning: quarter columns by their quarter however it is written, any
/// subset of quarters, product progress by the product columns before it; and the date order of a
/// column learnt from its unambiguous dates.
@Suite(.tags(.unit)) struct Cuadro1SLayoutTests {
    @Test func quarterWordsAreReadHoweverWritten() {
        let third = ["% de Avance Actividad\nTrimestre III", "% Avance Actividad Trim 3", "% DE AVANCE ACTIVIDAD T3",
                     "% de avance actividad III trimestre", "% de Avance Actividad Trim. III", "% de Avance Actividad - Tercer Trimestre"]
        for text in third {
            #expect(QuarterHeader(text)?.stem == QuarterHeader.stem("% de Avance Actividad"), "\(text)")
            #expect(QuarterHeader(text)?.quarter == 3, "\(text)")
        }
        #expect(QuarterHeader("Explicación Actividad Trim IV")?.quarter == 4)
        #expect(QuarterHeader("Ejecucion fisica trimestre 1")?.stem == QuarterHeader.stem("Ejecución Física"))
        for plain in ["Nivel 1 PD Cód", "Programación PI Año 2", "% de Avance Producto", "Comuna", "Ejecución"] {
            #expect(QuarterHeader(plain) == nil, "\(plain)")
        }
    }

    /// The header of the real 52-column form, as the 2025 cuts write it.
    static let fullHeader = [
        "Cód centro gestor", "Nivel 1 PD Cód", "Nivel 1 PD Nombre", "Nivel 2 PD Cód", "Nivel 2 PD Nombre", "Nivel 3 PD Cód",
        "Nivel 3 PD Nombre", "Cód BPIN", "Cód BP", "Nombre BP", "Cód Actividad", "Nombre Actividad", "Articulación Variables PI",
        "Ponderación de Actividad", "% de Avance Actividad\nTrimestre I", "Explicación Actividad Trim I",
        "% de Avance Actividad\nTrimestre II", "Explicación Actividad Trim II", "% de Avance Actividad\nTrimestre III",
        "Explicación Actividad Trim III", "% de Avance Actividad\nTrimestre IV", "Explicación Actividad Trim IV", "Meta PD",
        "Denominación Meta PD", "Cód Producto MGA", "Nombre Producto MGA", "Programación PI Año 1", "Cantidad Programada Producto",
        "Ponderación producto", "Ejecución Fisica Trimestre I", "Explicación Producto Trim I", "% de Avance Producto",
        "Ejecución Fisica Trimestre II", "Explicación Producto Trim II", "% de Avance Producto", "Ejecución Fisica Trimestre III",
        "Explicación Producto Trim III", "% de Avance Producto", "Ejecución Fisica Trimestre IV", "Explicación Producto Trim IV",
        "% de Avance Producto", "% Avance Proyecto", "Comuna", "Presupuesto Inicial", "Presupuesto Modificado", "Ejecución",
        "Obligado", "Pagos", "Fecha Inicio", "Fecha Fin", "Nombre Centro Gestor", "Subdirección / Subsecretaria",
    ]

    /// The half-year variant: only the quarter III and IV columns (42 columns).
    static var halfYearHeader: [String] {
        var productProgressSeen = 0
        return fullHeader.filter { name in
            if name == "% de Avance Producto" {
                // The first two are the product progress of quarters I and II.
                productProgressSeen += 1
                return productProgressSeen > 2
            }
            let quarter = QuarterHeader(name)?.quarter
            return quarter == nil || quarter! >= 3
        }
    }

    @Test func theFullFormFindsEveryColumn() {
        let layout = Cuadro1SLayout(names: Self.fullHeader)
        for column in Cuadro1SColumn.allCases {
            #expect(layout[column] != nil, "\(column.rawValue)")
        }
        #expect(layout[.progress3] == 18)
        #expect(layout[.explanation4] == 21)
        #expect(layout[.executed] == 45)
        #expect(layout.productProgress == [31, 34, 37, 40])
    }

    @Test func aHalfYearCutHasOnlyItsQuarters() {
        let header = Self.halfYearHeader
        #expect(header.count == 42)
        let layout = Cuadro1SLayout(names: header)
        #expect(layout[.progress1] == nil && layout[.progress2] == nil)
        #expect(layout[.explanation1] == nil && layout[.execution2] == nil)
        #expect(layout[.progress3].map { header[$0] } == "% de Avance Actividad\nTrimestre III")
        #expect(layout[.execution4].map { header[$0] } == "Ejecución Fisica Trimestre IV")
        #expect(layout.productProgress[0] == nil && layout.productProgress[1] == nil)
        let third = try! #require(layout.productProgress[2]), fourth = try! #require(layout.productProgress[3])
        #expect(header[third - 1] == "Explicación Producto Trim III")
        #expect(header[fourth - 1] == "Explicación Producto Trim IV")
        for column in Cuadro1SColumn.required {
            #expect(layout[column] != nil, "\(column.rawValue)")
        }
    }

    @Test func otherWordingsAndOrderAreFoundByQuarter() {
        let header = ["Cód BP", "% Avance Actividad T4", "% avance actividad trim 1", "EXPLICACION ACTIVIDAD IV TRIMESTRE",
                      "Ejecución Física T2", "% de Avance Producto"]
        let layout = Cuadro1SLayout(names: header)
        #expect(layout[.bp] == 0)
        #expect(layout[.progress4] == 1)
        #expect(layout[.progress1] == 2)
        #expect(layout[.explanation4] == 3)
        #expect(layout[.execution2] == 4)
        #expect(layout.productProgress == [nil, 5, nil, nil])
    }

    // MARK: Reading a half-year cut

    /// A CSV of `header` and rows given by header name; `positional` sets cells by column (for a
    /// name that repeats).
    static func csv(header: [String], rows: [[String: String]], positional: [Int: String] = [:]) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        let lines = [header.map(field).joined(separator: ",")] + rows.map { row in
            header.indices.map { field(positional[$0] ?? row[header[$0]] ?? "") }.joined(separator: ",")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let baseRow: [String: String] = [
        "Cód centro gestor": "4145", "Cód BP": "BP26000001", "Nombre BP": "Proyecto", "Cód Actividad": "BP2600000101",
        "Nombre Actividad": "Actividad", "Comuna": "6", "Presupuesto Inicial": "$ 1.000", "Presupuesto Modificado": "$ 2.000",
        "Ejecución": "$ -", "Obligado": "0", "Pagos": "0", "Nombre Centro Gestor": "Secretaría",
    ]

    static func read(_ text: String) -> (Cuadro1SReport?, Diagnostics) {
        var diagnostics = Diagnostics()
        guard let source = CSVSource.parse(Array(text.utf8), displayPath: "informes-1s/2024-T4.csv", diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        let report = Cuadro1SReader(territories: .builtIn).read(source, cut: ReportCut(id: "2024-T4")!, diagnostics: &diagnostics)
        return (report, diagnostics)
    }

    @Test func aHalfYearCutReadsWithEmptyFirstQuarters() throws {
        var row = Self.baseRow
        row["% de Avance Actividad\nTrimestre III"] = "0.5"
        row["% de Avance Actividad\nTrimestre IV"] = "75%"
        row["Explicación Actividad Trim IV"] = "Cuarto"
        row["Ejecución Fisica Trimestre III"] = "3"
        let header = Self.halfYearHeader
        let productIV = header.indices.last { header[$0] == "% de Avance Producto" }!
        let (report, diagnostics) = Self.read(Self.csv(header: header, rows: [row], positional: [productIV: "0.8"]))
        #expect(diagnostics.errorCount == 0, "\(diagnostics.items.map(\.formatted))")
        let activity = try #require(report?.activities.first)
        #expect(activity.progress == [nil, nil, 50, 75])
        #expect(activity.explanations == ["", "", "", "Cuarto"])
        #expect(activity.product.execution == [nil, nil, 3, nil])
        #expect(activity.product.progress == [nil, nil, nil, 80])
        #expect(activity.budget.modified == 2000)
    }

    // MARK: Date order

    static func dateRows(_ dates: [String]) -> String {
        let header = Array(Self.baseRow.keys).sorted() + ["Fecha Inicio"]
        return Self.csv(header: header, rows: dates.enumerated().map { index, date in
            var row = Self.baseRow
            row["Cód Actividad"] = "BP260000010\(index)"
            row["Fecha Inicio"] = date
            return row
        })
    }

    static func starts(_ text: String) -> ([String], [String]) {
        let (report, diagnostics) = read(text)
        let dates = report?.activities.sorted { $0.source.line < $1.source.line }.map { $0.start?.iso ?? "" } ?? []
        return (dates, diagnostics.items.map(\.message))
    }

    @Test func excelDayFirstDatesDecideTheirColumn() {
        let (dates, messages) = Self.starts(Self.dateRows(["17/01/2025", "31/12/2025", "02/01/2025"]))
        #expect(dates == ["2025-01-17", "2025-12-31", "2025-01-02"])
        #expect(messages == ["Fecha Inicio: \"02/01/2025\" is ambiguous; read day first as 2025-01-02, like this column's unambiguous dates written the same way"])
    }

    @Test func monthFirstEvidenceOrNoneKeepsMonthFirst() {
        let (dates, messages) = Self.starts(Self.dateRows(["1/15/2025", "3/4/2025"]))
        #expect(dates == ["2025-01-15", "2025-03-04"])
        #expect(messages == ["Fecha Inicio: \"3/4/2025\" is ambiguous; read month first as 2025-03-04"])
        let (alone, _) = Self.starts(Self.dateRows(["3/4/2025"]))
        #expect(alone == ["2025-03-04"])
    }

    /// Excel's own dd/mm/yyyy and dates typed as month-first text in one column: each shape keeps
    /// its own order.
    @Test func typedTextAndExcelDatesInOneColumnKeepTheirOwnOrders() {
        let (dates, _) = Self.starts(Self.dateRows(["17/01/2025", "28/02/2025", "02/01/2025", "1/15/2025", "1/3/2025"]))
        #expect(dates == ["2025-01-17", "2025-02-28", "2025-01-02", "2025-01-15", "2025-01-03"])
    }

    @Test func newMessagesHaveSpanishTexts() {
        let location = SourceLocation(file: "informes-1s/2025-T1.csv", line: 3, column: 17)
        let dayFirst = Diagnostic(.warning, location, .cell(column: "Fecha Inicio", .ambiguousDateDayFirst(text: "02/01/2025", read: LocalDate(year: 2025, month: 1, day: 2)!)))
        #expect(dayFirst.message == "Fecha Inicio: \"02/01/2025\" is ambiguous; read day first as 2025-01-02, like this column's unambiguous dates written the same way")
        #expect(dayFirst.problem.spanish == "Fecha Inicio: «02/01/2025» es ambigua; se leyó con el día primero, como 2025-01-02, igual que las fechas inequívocas de esta columna escritas de la misma forma")
        let noForm = Problem.workbook(.noCuadro1SSheet)
        #expect(noForm.english == "no sheet of the workbook holds the Cuadro 1S header")
        #expect(noForm.spanish == "ninguna hoja del libro tiene el encabezado del Cuadro 1S")
    }

    @Test func formSheetNamesCompareLoosely() {
        #expect(Cuadro1SWorkbook.isFormName("MEDE01.03.01.P01.F05"))
        #expect(Cuadro1SWorkbook.isFormName("mede01 03 01 p01 f05 "))
        #expect(Cuadro1SWorkbook.isFormName("Cuadro 1S MEDE01.03.01.P01.F05"))
        #expect(!Cuadro1SWorkbook.isFormName("Descripcion Cuadro"))
        #expect(!Cuadro1SWorkbook.isFormName("MEDE01.03.01.P01.F06"))
    }
}
