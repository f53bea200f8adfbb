import Foundation
import OpenData
import Testing
@testable import SiteGen

/// The older per-agency workbook ("Plan de Acción Proyectos Organismos") read from a small crafted
/// workbook, written here with openpyxl: plan levels, project and product rows, BP codes as the
/// agencies write them, ragged rows, and a warning at the cell for what cannot be read.
@Suite(.tags(.external), .enabled(if: CatalogTools.available, Comment(rawValue: CatalogTools.missing))) struct AgencyWorkbookTests {
    static let python = FileManager.default.homeDirectoryForCurrentUser
        .appendingPathComponent(".cache/sitegen-tools/venv/bin/python").path

    /// Runs `script` with openpyxl; the script gets the target path as argv[1].
    static func workbook(_ script: String) throws -> URL {
        let target = TestSupport.temporaryFolder("agency").appendingPathComponent("2024-T2.xlsx")
        let (status, output) = try TestSupport.run([python, "-c", "import sys, openpyxl\n" + script, target.path])
        #expect(status == 0, "\(output)")
        return target
    }

    static let header = [
        "Código organismo", "Código general", "Clase",
        "Identificación de la dimensión, línea estratégica, programa, indicador y proyectos de inversión",
        "Clasificación (BP)", "Meta a alcanzar Plan Indicativo\n", "Indicador de resultado del proyecto (Descripción)",
        "Valor Indicador de resultado del proyecto", "Meta de producto del proyecto (Descripción)",
        "Indicador de producto del proyecto (Descripción)", "Valor de la meta de producto del proyecto",
        "Ponderación producto\n (%)", "Valor de la ejecución del producto del proyecto",
        "% de ejecución física de los productos del proyecto\n", "% de avance del proyecto",
        "Presupuesto inicial\n(Pesos)", "Presupuesto definitivo\n(Pesos)\n(1)", "Presupuesto ejecutado\n(Pesos)\n(2)",
        "Presupuesto pagos\n(Pesos)\n(3)", "% de ejecución presupuestal\n(2) / (1)", "% de ejecución con pagos\n(3) / (2)",
        "Día / Mes / Año (Inicio)", "Día / Mes / Año (Finali-zación)", "Explicación del avance o retraso",
        "Organismo responsable\n(Reparto administrativo)",
    ]

    /// A summary sheet, an agency sheet with its header on row 6, and a second agency sheet whose
    /// headers are worded otherwise, with every quirk the reader handles.
    static let script = """
    import datetime
    H = \(header.map { "'" + $0.replacingOccurrences(of: "\n", with: "\\n") + "'" })
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = 'Junio de 2024'
    s.append(['Santiago de Cali'])
    s.append([])
    s.append(['Código', 'Organismo', 'Proyectos', None, '% Ejecución física', 'Presupuesto'])
    s.append([None, None, 'Total', 'Ejecu-tado', None, 'Inicial', 'Definitivo', 'Ejecutado', 'Pagos'])
    s.append([4901, 'Secretaría de Prueba', 2, 2, 0.3, 300, 1500, 600, 200])
    s.append([4902, 'Departamento de Otra Prueba', 2, 1, 0.1, 70, 999, 30, 10])
    s.append([None, 'TOTAL', 4, 3, None, 370, 2499, 630, 210])
    s.append([])
    s.append(['Parámetros velocímetro'])
    s.append([0, 0.2])

    a = wb.create_sheet('4901 Prueba')
    a.append([])
    a.append([])
    a.append(['ORGANISMO', None, 'SECRETARÍA  DE PRUEBA', None, 'Fecha de reporte:', datetime.datetime(2024, 6, 30)])
    a.append([])
    a.append([])
    a.append(H)
    a.append([])
    a.append([None, 54, 'D', 'Cali, Gobierno incluyente'])
    a.append([None, 5401, 'L', 'Transición hacia Distrito Especial'])
    a.append([None, 5401002, 'P', 'Cooperación Técnica'])
    a.append([None, '54010020001', 'I', 'Modelo de agencia implementado', None, 1])
    a.append([4901, None, 'Pr', 'Implementación de un modelo de agencia', 'BP-49010001', None, None, None, None, None, None,
              1, None, 0.4, 0.4, 100, 1000, 400, 150])
    a.append([None, None, None, None, 'BP4901000110101', None, None, None, 'Elaborar 1 documento', 'Documentos elaborados',
              1, 0.5, 1, 0.25, None, 60, 700, 300, 100, None, None, datetime.datetime(2024, 3, 22),
              datetime.datetime(2024, 12, 31), 'Se elaboró el documento.', 'Subsecretaría A'])
    # Ragged: the product code sits one cell to the right of its column.
    a.append([None, None, None, None, None, 'BP4901000110201', None, None, 'Realizar 2 talleres', 'Talleres realizados',
              2, 0.5, 0, 0.15, None, 40, 300, 100, 50, None, None, '15/04/2024', '30/11/2024', 'Talleres en curso.'])
    a.append([None, '54010020002', 'I', 'Alianzas suscritas'])
    a.append([4901, None, 'pr', 'Fortalecimiento de alianzas', 'BP 49010002', None, None, None, None, None, None,
              1, None, 0.2, 0.2, 200, 500, 200, 'abc'])
    a.append([None, None, None, None, None, None, None, None, 'Firmar 1 alianza', 'Alianzas firmadas', 1, 1, 0, 0.2,
              None, 200, 500, 200, 50, None, None, '3011/2024'])
    a.append([])
    a.append([None, 'Proyectos', 2, None, 'Proyectos desfinanciados', None, 0])
    a.append([None, 'Licitación', 0])

    b = wb.create_sheet('4902 Otra')
    b.append(['ORGANISMO:', None, 'DEPARTAMENTO DE OTRA PRUEBA'])
    b.append([])
    other = list(H)
    other[3] = 'Identificación del eje , componente, programa, indicador y proyectos de inversión'
    other[21] = 'Día / Mes/ Año (Inicio)'
    other[23] = 'Explicación del avance o retraso a febrero'
    b.append(other)
    b.append([None, None, None, None, 'BP4902000910101', None, None, None, 'Producto huérfano'])
    b.append([None, 55, 'D', 'Cali, Solidaria'])
    b.append([None, 5502, 'E', 'Territorios para la Vida'])
    b.append([None, 5502003, 'P', 'Servicios'])
    b.append([4902, None, 'pr', 'Proyecto con código errado', 18, None, None, None, None, None, None, 1, None, 0.1, 0.1,
              50, 600, 20, 5])
    b.append([None, None, None, None, 'BP4902000310101', None, None, None, 'Entregar 5 kits', 'Kits entregados', 5, 1,
              1, 0.1, None, 50, 600, 20, 5])
    # Its share of the project (0.3) is more than its weight (0.1).
    b.append([None, None, None, None, 'BP4902000310201', None, None, None, 'Entregar 1 informe', 'Informes', 1, 0.1,
              1, 0.3, None, 0, 0, 0, 0])
    # A project whose row has no class (only its code and budget), its name on the `pr` row below,
    # which carries its first product's code.
    b.append([None, None, None, None, 'BP49020004', None, None, None, None, None, None, 1, 0, 0, 0, 20, 300, 10, 5])
    b.append([4902, None, 'pr', 'Proyecto partido en dos filas', 'BP4902000410101', None, None, None, 'Adecuar 1 sede',
              'Sedes adecuadas', 1, 1, 0, 0, None, 20, 90, 10, 5])
    b.append([None, 'Proyectos', 2])
    wb.save(sys.argv[1])
    """

    static let read: Result<(Cuadro1SReport, Diagnostics), Error> = Result {
        let url = try Self.workbook(script)
        var diagnostics = Diagnostics()
        let book = try #require(XLSXWorkbook.open(url, displayPath: "informes-1s/2024-T2.xlsx", diagnostics: &diagnostics))
        #expect(AgencyWorkbookReader.looksLikeLayout(book))
        let report = try #require(AgencyWorkbookReader().read(book, cut: ReportCut(id: "2024-T2")!, diagnostics: &diagnostics))
        return (report, diagnostics)
    }

    static func warnings(_ diagnostics: Diagnostics) -> [String] {
        diagnostics.items.filter { $0.severity == .warning }.map { "\($0.location.file):\($0.location.line):\($0.location.column): \($0.message)" }
    }

    @Test func projectsCarryTheirRowsBudgetsPlanAndAgency() throws {
        let (report, _) = try Self.read.get()
        #expect(!report.hasTerritories)
        #expect(report.projects.map(\.bp) == ["BP49010001", "BP49010002", "BP49020003", "BP49020004"])
        #expect(report.projects.allSatisfy { $0.territoryCode == Territory.cityWideCode })
        let first = report.projects[0]
        #expect(first.name == "Implementación de un modelo de agencia")
        #expect(first.agency == Agency(code: "4901", name: "SECRETARÍA DE PRUEBA"))
        #expect(first.plan == [PlanLevel(code: "54", name: "Cali, Gobierno incluyente"),
                               PlanLevel(code: "5401", name: "Transición hacia Distrito Especial"),
                               PlanLevel(code: "5401002", name: "Cooperación Técnica")])
        // The project row's budgets stand, not the sum of its products (1000 ≠ 700 + 300 + …).
        #expect(first.budget == Budget(initial: 100, modified: 1000, executed: 400, obligated: nil, paid: 150))
        #expect(first.physicalProgress == 40)
        #expect(first.activities.map(\.code) == ["BP4901000110101", "BP4901000110201"])
        let product = first.activities[0]
        #expect(product.weight == 0.5)
        // The sheet writes the product's share of the project (25 % of a 50 % weight): 50 % done.
        #expect(product.progress == [nil, 50, nil, nil])
        #expect(product.explanations == ["", "Se elaboró el documento.", "", ""])
        #expect(product.product.planGoalCode == "54010020001")
        #expect(product.product.programmedQuantity == 1)
        #expect(product.product.execution == [nil, 1, nil, nil])
        #expect(product.budget.modified == 700)
        #expect(product.start?.iso == "2024-03-22")
        #expect(first.activities[1].start?.iso == "2024-04-15")
        #expect(product.subAgency == "Subsecretaría A")
        #expect(product.bp == "BP49010001")

        let second = report.projects[1]
        #expect(second.budget.paid == nil)
        #expect(second.activities.map(\.code) == ["1"])
        let third = report.projects[2]
        #expect(third.agency.name == "DEPARTAMENTO DE OTRA PRUEBA")
        #expect(third.plan.map(\.code) == ["55", "5502", "5502003"])
        #expect(third.activities.map(\.progress[1]) == [10, 300])
        let fourth = report.projects[3]
        #expect(fourth.name == "Proyecto partido en dos filas")
        #expect(fourth.budget.modified == 300)
        #expect(fourth.activities.map(\.code) == ["BP4902000410101"])
    }

    @Test func whatCannotBeReadIsAWarningAtItsCell() throws {
        let (_, diagnostics) = try Self.read.get()
        #expect(diagnostics.errorCount == 0)
        let sheetA = "informes-1s/2024-T2.xlsx[4901 Prueba]"
        let sheetB = "informes-1s/2024-T2.xlsx[4902 Otra]"
        let summary = "informes-1s/2024-T2.xlsx[Junio de 2024]"
        let expected = [
            "\(sheetA):14:5: Clasificación (BP): empty; \"BP4901000110201\" one cell to the right was read instead",
            "\(sheetA):16:19: Presupuesto pagos: \"abc\" is not an amount of money",
            "\(sheetA):17:5: Clasificación (BP): the product row has no product code; numbered 1 in its project",
            "\(sheetA):17:22: Día / Mes / Año (Inicio): \"3011/2024\" is not a date",
            "\(sheetB):4:1: a product row before any project row; not read",
            "\(sheetB):6:3: Clase: \"E\" is not D, L, P, I or pr; read as L by its 4-digit code",
            "\(sheetB):8:5: Clasificación (BP): \"18\" is not a BP code; read as BP49020003 from its first product",
            "\(sheetB):10:14: % de ejecución física de los productos del proyecto: the product's share of the project (0.3) exceeds its weight (0.1); its progress reads above 100 %",
            "\(sheetB):11:3: Clase: empty, but \"BP49020004\" is a project code (BP and 8 digits); read as a project row",
            "\(sheetB):12:3: Clase: \"pr\" but \"BP4902000410101\" is a product of project BP49020004 just above; read as its first product, and its name as the project's",
        ]
        let found = Self.warnings(diagnostics)
        for line in expected {
            #expect(found.contains(line), "missing: \(line)\nall:\n\(found.joined(separator: "\n"))")
        }
        // 4902's summary line says 999 definitivo; its sheet adds up to 600 + 300. 4901's says 200
        // paid, but one of its project rows has an unreadable amount there. Every other figure
        // (projects, initial, executed) agrees.
        let disagreements = [
            "\(summary):5:9: the summary sheet gives agency 4901 \"Pagos\" 200, but its project rows add up to 150",
            "\(summary):6:7: the summary sheet gives agency 4902 \"Definitivo\" 999, but its project rows add up to 900",
        ]
        #expect(found.filter { $0.hasPrefix(summary) } == disagreements)
        // The rows below the sheet's totals ("Licitación") are not products.
        #expect(!found.contains { $0.contains(":21:") && $0.hasPrefix(sheetA) })
    }

    @Test func aLayoutWithoutProjectsIsOneError() throws {
        let url = try Self.workbook("""
        wb = openpyxl.Workbook()
        sheet = wb.active
        sheet.title = '4901 Prueba'
        sheet.append(\(Self.header.map { "'" + $0.replacingOccurrences(of: "\n", with: "\\n") + "'" }))
        sheet.append([None, 54, 'D', 'Cali, Gobierno incluyente'])
        wb.save(sys.argv[1])
        """)
        var diagnostics = Diagnostics()
        let book = try #require(XLSXWorkbook.open(url, displayPath: "informes-1s/2024-T2.xlsx", diagnostics: &diagnostics))
        let read = AgencyWorkbookReader().readIfLayout(book, cut: ReportCut(id: "2024-T2")!, diagnostics: &diagnostics)
        #expect(read.isLayout)
        #expect(read.report == nil)
        #expect(diagnostics.items.map(\.formatted) == ["informes-1s/2024-T2.xlsx: error: no agency sheet holds a project (pr) row"])
    }

    @Test func aFormWorkbookIsNotThisLayout() throws {
        let url = try Self.workbook("""
        wb = openpyxl.Workbook()
        wb.active.append(['Cód centro gestor', 'Cód BP', 'Nombre BP', 'Cód Actividad', 'Nombre Actividad', 'Comuna',
                          'Presupuesto Inicial', 'Presupuesto Modificado', 'Ejecución', 'Obligado', 'Pagos', 'Nombre Centro Gestor'])
        agency = wb.create_sheet('4901 Prueba')
        agency.append(\(Self.header.map { "'" + $0.replacingOccurrences(of: "\n", with: "\\n") + "'" }))
        wb.save(sys.argv[1])
        """)
        var diagnostics = Diagnostics()
        let workbook = try #require(XLSXWorkbook.open(url, displayPath: "x.xlsx", diagnostics: &diagnostics))
        #expect(!AgencyWorkbookReader.looksLikeLayout(workbook))
    }
}
