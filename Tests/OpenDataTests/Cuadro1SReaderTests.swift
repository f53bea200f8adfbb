import Foundation
import Testing
@testable import OpenData

/// `Cuadro1SReader` on small CSVs written here (invented rows): the header found by meaning under
/// title rows and in any column order, ';' and ',' files, quarter columns, percent scales, dates,
/// problems at their line and column, missing columns, and the 2025 cuts' two layouts.
@Suite(.tags(.unit)) struct Cuadro1SReaderTests {
    /// One column of a fixture: its header as written and its cell in each row.
    struct Column {
        var header: String
        var cells: [String]
    }

    static let path = "informes-1s/2025-T1.csv"

    /// Three activities: two of one project in Comuna 6 and one in Pichindé, in the form's order.
    static let base: [Column] = [
        Column(header: "Cód centro gestor", cells: ["4145", "4145", "4151"]),
        Column(header: "Cód BPIN", cells: ["2024760010001", "2024760010001", "2024760010002"]),
        Column(header: "Cód BP", cells: ["BP26000001", "BP26000001", "BP26000002"]),
        Column(header: "Nombre BP", cells: ["Salud en los barrios", "Salud en los barrios", "Vías rurales"]),
        Column(header: "Cód Actividad", cells: ["BP2600000101", "BP2600000102", "BP2600000201"]),
        Column(header: "Nombre Actividad", cells: ["Jornadas de vacunación", "Visitas casa a casa", "Placa huella"]),
        Column(header: "Ponderación de Actividad", cells: ["0.5", "0.5", "1"]),
        Column(header: "% de Avance Actividad Trimestre I", cells: ["0.25", "0.1", "0"]),
        Column(header: "Explicación Actividad Trim I", cells: ["Dos jornadas", "Inicio, con retraso", ""]),
        Column(header: "Comuna", cells: ["6", "COMUNA 06", "PICHINDE"]),
        Column(header: "Presupuesto Inicial", cells: ["$ 1.000.000", "$ 500.000", "$ 30.000.000"]),
        Column(header: "Presupuesto Modificado", cells: ["$ 2.000.000", "$ 500.000", "$ 30.000.000"]),
        Column(header: "Ejecución", cells: ["$ 400.000", "$ -", "$ -"]),
        Column(header: "Obligado", cells: ["$ 100.000", "$ -", "$ -"]),
        Column(header: "Pagos", cells: ["$ 100.000", "$ -", "$ -"]),
        Column(header: "Fecha Inicio", cells: ["45658", "45689", "45717"]),
        Column(header: "Fecha Fin", cells: ["45961", "45961", "46022"]),
        Column(header: "Nombre Centro Gestor", cells: ["Secretaría de Salud Pública", "Secretaría de Salud Pública",
                                                       "Secretaría de Infraestructura"]),
    ]

    /// The fixture's text: `above` lines (title rows), then the header and the rows.
    static func csv(_ columns: [Column], delimiter: String = ",", lineEnd: String = "\n", above: [String] = []) -> String {
        func field(_ text: String) -> String {
            text.contains(delimiter) || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        let rows = columns.first.map { $0.cells.count } ?? 0
        let lines = above + [columns.map { field($0.header) }.joined(separator: delimiter)]
            + (0..<rows).map { row in columns.map { field($0.cells[row]) }.joined(separator: delimiter) }
        return lines.joined(separator: lineEnd) + lineEnd
    }

    static func read(_ bytes: [UInt8]) -> (report: Cuadro1SReport?, problems: [String]) {
        var diagnostics = Diagnostics()
        guard let source = CSVSource.parse(bytes, displayPath: path, diagnostics: &diagnostics) else {
            return (nil, diagnostics.items.map(\.formatted))
        }
        let report = Cuadro1SReader(territories: .builtIn).read(source, cut: ReportCut(id: "2025-T1")!, diagnostics: &diagnostics)
        return (report, diagnostics.items.map(\.formatted))
    }

    static func read(_ text: String) -> (report: Cuadro1SReport?, problems: [String]) { read(Array(text.utf8)) }

    /// The activities in source order, without where they were read (to compare two layouts).
    static func data(_ report: Cuadro1SReport?) -> [Activity] {
        (report?.activities ?? []).sorted { $0.source.line < $1.source.line }.map { activity in
            var activity = activity
            activity.source = SourceLocation(file: "", line: 0, column: 0)
            return activity
        }
    }

    /// `columns` with the cells of `header` replaced.
    static func replacing(_ header: String, with cells: [String], in columns: [Column] = base) -> [Column] {
        columns.map { $0.header == header ? Column(header: header, cells: cells) : $0 }
    }

    static func date(_ iso: String) -> LocalDate? { LocalDate(iso: iso) }

    @Test func theBaseFixtureReadsAsWritten() throws {
        let (read, problems) = Self.read(Self.csv(Self.base))
        #expect(problems.isEmpty, "\(problems)")
        let report = try #require(read)
        #expect(report.projects.map { "\($0.territoryCode) \($0.bp) \($0.activities.count)" } == ["6 BP26000001 2", "57 BP26000002 1"])
        let first = try #require(report.projects.first)
        #expect(first.name == "Salud en los barrios" && first.bpin == "2024760010001")
        #expect(first.agency.code == "4145" && first.agency.name == "Secretaría de Salud Pública")
        let activities = report.activities
        #expect(activities.map(\.source.line) == [2, 3, 4])
        #expect(activities.map(\.weight) == [0.5, 0.5, 1])
        #expect(activities.map { $0.progress[0] } == [25, 10, 0])
        #expect(activities[1].explanations == ["Inicio, con retraso", "", "", ""])
        #expect(activities.map(\.budget.modified) == [2_000_000, 500_000, 30_000_000])
        #expect(activities.map(\.budget.executed) == [400_000, 0, 0])
        #expect(activities.map(\.start) == [Self.date("2025-01-01"), Self.date("2025-02-01"), Self.date("2025-03-01")])
        #expect(activities[2].end == Self.date("2025-12-31"))
    }

    @Test func theHeaderIsFoundByMeaningBelowTitleRowsInAnyColumnOrder() throws {
        let (expected, _) = Self.read(Self.csv(Self.base))
        // Reversed, with headers in capitals, without accents, with line breaks and extra spaces.
        let rewritten = Self.base.reversed().map { column in
            Column(header: column.header.uppercased().folding(options: .diacriticInsensitive, locale: nil)
                .replacingOccurrences(of: " ", with: "\n  "), cells: column.cells)
        }
        let above = ["ALCALDÍA DE SANTIAGO DE CALI,,,", "Seguimiento al Plan de Acción,,Cuadro 1S", "", "Corte:,31/03/2025"]
        let (report, problems) = Self.read(Self.csv(rewritten, above: above))
        #expect(problems.isEmpty, "\(problems)")
        // Title rows, and header cells over several lines, push the rows down.
        let headerBreaks = rewritten.reduce(0) { $0 + $1.header.count { $0 == "\n" } }
        #expect(report?.activities.map(\.source.line) == [2, 3, 4].map { $0 + above.count + headerBreaks })
        #expect(Self.data(report) == Self.data(expected))
        #expect(!Self.data(report).isEmpty)
    }

    @Test func excelsSemicolonWindows1252CRLFReadsAsTheCommaUTF8File() throws {
        let (expected, _) = Self.read(Self.csv(Self.base))
        // A Spanish-locale Excel writes decimals with a comma.
        var excel = Self.replacing("Ponderación de Actividad", with: ["0,5", "0,5", "1"])
        excel = Self.replacing("% de Avance Actividad Trimestre I", with: ["0,25", "0,1", "0"], in: excel)
        let text = Self.csv(excel, delimiter: ";", lineEnd: "\r\n")
        let bytes = try #require(text.data(using: .windowsCP1252))
        #expect(String(data: bytes, encoding: .utf8) == nil, "the fixture must not be valid UTF-8")
        let (report, problems) = Self.read(Array(bytes))
        #expect(problems.isEmpty, "\(problems)")
        #expect(report?.activities.map(\.source.line) == [2, 3, 4])
        #expect(Self.data(report) == Self.data(expected))
        #expect(report?.projects.last?.agency.name == "Secretaría de Infraestructura")
    }

    @Test func quarterColumnsAreReadByTheirQuarterInAnyWordingAndOrder() throws {
        let quarters = [
            Column(header: "% Avance Actividad T4", cells: ["0.4", "", ""]),
            Column(header: "EXPLICACION ACTIVIDAD IV TRIMESTRE", cells: ["Cuarto", "", ""]),
            Column(header: "% de avance actividad trim 2", cells: ["0.2", "", ""]),
            Column(header: "Explicación Actividad Segundo Trimestre", cells: ["Segundo", "", ""]),
            Column(header: "% de Avance Actividad - Tercer Trimestre", cells: ["0.3", "", ""]),
            Column(header: "Explicación Actividad Trim. III", cells: ["Tercero", "", ""]),
            Column(header: "Ejecución Física Trimestre III", cells: ["7", "", ""]),
            Column(header: "Explicación Producto Trim III", cells: ["", "", ""]),
            Column(header: "% de Avance Producto", cells: ["0.7", "", ""]),
            Column(header: "Ejecución Fisica T1", cells: ["2", "", ""]),
            Column(header: "% de Avance Producto", cells: ["0.2", "", ""]),
        ]
        let (report, problems) = Self.read(Self.csv(Self.base + quarters))
        #expect(problems.isEmpty, "\(problems)")
        let activity = try #require(report?.activities.first)
        #expect(activity.progress == [25, 20, 30, 40])
        #expect(activity.explanations == ["Dos jornadas", "Segundo", "Tercero", "Cuarto"])
        #expect(activity.product.execution == [2, nil, 7, nil])
        #expect(activity.product.progress == [20, nil, 70, nil])
    }

    @Test func percentsAreReadInTheScaleOfTheirColumn() throws {
        let columns = Self.replacing("% de Avance Actividad Trimestre I", with: ["0.25", "1.05", ""])
            + [Column(header: "% de Avance Actividad Trimestre II", cells: ["50%", "0.00%", "100 %"]),
               Column(header: "% de Avance Actividad Trimestre III", cells: ["45", "1.5", "100"]),
               Column(header: "% Avance Proyecto", cells: ["0.3", "0.95", "N/A"])]
        let weights = Self.replacing("Ponderación de Actividad", with: ["0.5", "50%", "25,5 %"], in: columns)
        let (report, problems) = Self.read(Self.csv(weights))
        #expect(problems.isEmpty, "\(problems)")
        let activities = try #require(report?.activities)
        // A column of 0–1 fractions reads 1.05 as 105 %; a column of percents reads 1.5 as 1.5 %.
        #expect(activities.map { $0.progress[0] } == [25, 105, nil])
        #expect(activities.map { $0.progress[1] } == [50, 0, 100])
        #expect(activities.map { $0.progress[2] } == [45, 1.5, 100])
        #expect(activities.map(\.projectProgress) == [30, 95, nil])
        #expect(activities.map(\.weight) == [0.5, 0.5, 0.255])
    }

    @Test func datesAsExcelSerialsTextNoValueOrTypos() throws {
        let columns = Self.replacing("Fecha Inicio", with: ["45658", "2025-03-15", "N/A"])
        let (report, problems) = Self.read(Self.csv(Self.replacing("Fecha Fin", with: ["1/15/2025", "3011/2025", ""], in: columns)))
        let activities = try #require(report?.activities)
        #expect(activities.map(\.start) == [Self.date("2025-01-01"), Self.date("2025-03-15"), nil])
        #expect(activities.map(\.end) == [Self.date("2025-01-15"), nil, nil])
        #expect(problems == ["\(Self.path):3:17: warning: Fecha Fin: \"3011/2025\" is not a date"])
    }

    @Test func aBadValueIsAWarningAtItsLineAndColumnAndTheRowIsKept() throws {
        // Two title rows, columns reversed (Presupuesto Modificado is then column 7), and a quoted
        // explanation over two lines in the row before the bad cell.
        var columns = Self.replacing("Presupuesto Modificado", with: ["$ 2.000.000", "$ 500.000", "treinta millones"])
        columns = Self.replacing("Explicación Actividad Trim I", with: ["Dos jornadas", "Inicio,\ncon retraso", ""], in: columns)
        columns = Self.replacing("% de Avance Actividad Trimestre I", with: ["0.25", "0.1", "cero"], in: columns)
        let (report, problems) = Self.read(Self.csv(Array(columns.reversed()), above: ["Cuadro 1S", ""]))
        #expect(problems == [
            "\(Self.path):7:7: warning: Presupuesto Modificado: \"treinta millones\" is not an amount of money",
            "\(Self.path):7:11: warning: % de Avance Actividad Trimestre I: \"cero\" is not a percentage",
        ])
        let activities = try #require(report?.activities)
        #expect(activities.map(\.source.line) == [4, 5, 7])
        #expect(activities[2].budget.modified == nil && activities[2].budget.initial == 30_000_000)
        #expect(activities[2].progress[0] == nil)
    }

    @Test func unreadableKeysAreErrorsAtTheirCellAndTheRowIsLeftOut() throws {
        var columns = Self.replacing("Comuna", with: ["6", "Comuna 40", "PICHINDE"])
        columns = Self.replacing("Cód BP", with: ["BP26000001", "BP26000001", "BP/../2"], in: columns)
        let (report, problems) = Self.read(Self.csv(columns))
        #expect(problems.count == 2, "\(problems)")
        #expect(problems.first?.hasPrefix("\(Self.path):3:10: error: Comuna: ") == true, "\(problems)")
        #expect(problems.last?.hasPrefix("\(Self.path):4:3: error: Cód BP: ") == true, "\(problems)")
        #expect(report?.activities.map(\.code) == ["BP2600000101"])
    }

    @Test func aMissingRequiredColumnIsAnErrorNamingTheFile() {
        let without = Self.base.filter { $0.header != "Presupuesto Modificado" && $0.header != "Pagos" }
        let (report, problems) = Self.read(Self.csv(without, above: ["Cuadro 1S"]))
        #expect(report == nil)
        #expect(problems == ["\(Self.path):2:1: error: missing required columns: Presupuesto Modificado, Pagos"])

        let (none, noHeader) = Self.read("Informe,de,gestión\n1,2,3\n")
        #expect(none == nil)
        #expect(noHeader == ["\(Self.path):1:1: error: no Cuadro 1S header row found"])
    }

    /// The first 2025 cut writes 0–1 fractions, "$ -" for zero and Excel serial dates, its header
    /// on row 9; the second puts the header on row 11, moves columns, writes "25.00%", "0" and
    /// typed dates, and calls a product column "Programación PI Año 2". Both read the same.
    @Test func theTwoLayoutsOf2025ReadTheSame() throws {
        let first = Self.base + [Column(header: "Programación PI Año 1", cells: ["10", "4", "1"])]
        let titles = (1...8).map { "Título \($0)" }
        let (t1, t1Problems) = Self.read(Self.csv(first, above: titles))

        var second = Self.replacing("% de Avance Actividad Trimestre I", with: ["25.00%", "10.00%", "0.00%"])
        second = Self.replacing("Ponderación de Actividad", with: ["50.00%", "50.00%", "100.00%"], in: second)
        for header in ["Ejecución", "Obligado", "Pagos"] {
            second = Self.replacing(header, with: (Self.base.first { $0.header == header }!).cells.map { $0 == "$ -" ? "0" : $0 }, in: second)
        }
        second = Self.replacing("Fecha Inicio", with: ["2025-01-01", "2025-02-01", "2025-03-01"], in: second)
        second = Self.replacing("Fecha Fin", with: ["2025-10-31", "2025-10-31", "2025-12-31"], in: second)
        second = Array(second[9...]) + [Column(header: "Programación PI Año 2", cells: ["10", "4", "1"])] + Array(second[..<9])
        let (t2, t2Problems) = Self.read(Self.csv(second, above: (1...10).map { "Título \($0)" }))

        #expect(t1Problems.isEmpty && t2Problems.isEmpty, "\(t1Problems) \(t2Problems)")
        #expect(t1?.activities.first?.source.line == 10)
        #expect(t2?.activities.first?.source.line == 12)
        #expect(Self.data(t1).count == 3)
        #expect(Self.data(t1) == Self.data(t2))
        #expect(t1?.projects.map(\.bp) == t2?.projects.map(\.bp))
    }

    @Test func aRowOneCellOffIsReadShiftedWithAWarning() throws {
        // The second row has an extra empty cell before its first value, and a bad amount whose
        // warning names the cell where it really is.
        let columns = Self.replacing("Presupuesto Inicial", with: ["$ 1.000.000", "quinientos", "$ 30.000.000"])
        let text = Self.csv(columns).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset == 2 ? "," + $0.element : String($0.element) }.joined(separator: "\n")
        let (report, problems) = Self.read(text)
        #expect(problems == [
            "\(Self.path):3:1: warning: the row is shifted one column to the right of the header; read shifted",
            "\(Self.path):3:12: warning: Presupuesto Inicial: \"quinientos\" is not an amount of money",
        ])
        let (expected, _) = Self.read(Self.csv(columns))
        #expect(Self.data(report).count == 3)
        #expect(Self.data(report) == Self.data(expected))
    }
}
