/// A problem of the per-agency workbook ("Plan de Acción Proyectos Organismos"): its agency sheets'
/// rows (class, BP code, products) and its summary sheet. `column` is the header of the cell the
/// problem is at; texts that name a cell start with it.
public enum AgencyProblem: ProblemKind {
    /// A key cell is empty and its neighbour on `side` was read instead.
    case neighbourRead(column: String, text: String, side: Side)
    /// A `pr` row whose BP cell is a product of the project opened just above.
    case projectRowIsProduct(column: String, written: String, product: String, project: String)
    /// A row without a class whose BP cell is a project code, read as a project row.
    case classlessProjectRow(column: String, text: String)
    case productBeforeProject
    case unknownClassNotRead(column: String, text: String)
    /// A class that is not D, L, P, I or pr, read as `level` by its plan code's `digits`.
    case unknownClassReadByCode(column: String, text: String, level: String, digits: Int)
    /// A plan level's empty code, taken from the start of the code `below` it.
    case levelCodeFromBelow(column: String, code: String, below: String)
    case bpNormalised(column: String, text: String, code: String)
    case projectWithoutAmount(column: String)
    case agencyMismatch(column: String, sheetAgency: String, rowAgency: String)
    case productWithoutCode(column: String, position: Int)
    /// The project's BP code taken from its first product; `written` is the unread BP cell, if any.
    case bpFromFirstProduct(column: String, written: String?, code: String)
    /// A project without any BP code, published under a made-up one; `written` as above.
    case bpMadeUp(column: String, written: String?, published: String)
    case projectWithoutName(project: String)
    case sheetNotRead
    case noProjectRow
    /// A BP code given twice; `first` is where it was first given (`file:line`), if known.
    case projectRepeated(project: String, first: String?)
    case summaryDiffers(agency: String, figure: String, stated: Double, total: Int64)
    case summaryAgencyWithoutProjects(agency: String)
    case agencyWithoutSummaryLine(agency: String)
    case shareExceedsWeight(column: String, share: Double, weight: Double)

    /// Which neighbour of a key cell was read.
    public enum Side: String, Sendable, Hashable, Codable {
        case right, left
    }

    public enum Code: String, CaseIterable, Sendable {
        case neighbourRead = "neighbour_cell_read"
        case projectRowIsProduct = "project_row_is_product"
        case classlessProjectRow = "classless_project_row"
        case productBeforeProject = "product_before_project"
        case unknownClassNotRead = "unknown_class_not_read"
        case unknownClassReadByCode = "unknown_class_read_by_code"
        case levelCodeFromBelow = "level_code_from_below"
        case bpNormalised = "bp_normalised"
        case projectWithoutAmount = "project_without_amount"
        case agencyMismatch = "agency_mismatch"
        case productWithoutCode = "product_without_code"
        case bpFromFirstProduct = "bp_from_first_product"
        case bpMadeUp = "bp_made_up"
        case projectWithoutName = "project_without_name"
        case sheetNotRead = "agency_sheet_not_read"
        case noProjectRow = "no_project_row"
        case projectRepeated = "project_repeated"
        case summaryDiffers = "summary_differs"
        case summaryAgencyWithoutProjects = "summary_agency_without_projects"
        case agencyWithoutSummaryLine = "agency_without_summary_line"
        case shareExceedsWeight = "share_exceeds_weight"
    }

    public var code: Code {
        switch self {
        case .neighbourRead: .neighbourRead
        case .projectRowIsProduct: .projectRowIsProduct
        case .classlessProjectRow: .classlessProjectRow
        case .productBeforeProject: .productBeforeProject
        case .unknownClassNotRead: .unknownClassNotRead
        case .unknownClassReadByCode: .unknownClassReadByCode
        case .levelCodeFromBelow: .levelCodeFromBelow
        case .bpNormalised: .bpNormalised
        case .projectWithoutAmount: .projectWithoutAmount
        case .agencyMismatch: .agencyMismatch
        case .productWithoutCode: .productWithoutCode
        case .bpFromFirstProduct: .bpFromFirstProduct
        case .bpMadeUp: .bpMadeUp
        case .projectWithoutName: .projectWithoutName
        case .sheetNotRead: .sheetNotRead
        case .noProjectRow: .noProjectRow
        case .projectRepeated: .projectRepeated
        case .summaryDiffers: .summaryDiffers
        case .summaryAgencyWithoutProjects: .summaryAgencyWithoutProjects
        case .agencyWithoutSummaryLine: .agencyWithoutSummaryLine
        case .shareExceedsWeight: .shareExceedsWeight
        }
    }

    public var english: String {
        let q = Quote.english
        return switch self {
        case .neighbourRead(let column, let text, let side):
            "\(column): empty; \(q(text)) one cell to the \(side.rawValue) was read instead"
        case .projectRowIsProduct(let column, let written, let product, let project):
            "\(column): \(q(written)) but \(q(product)) is a product of project \(project) just above; read as its first product, and its name as the project's"
        case .classlessProjectRow(let column, let text):
            "\(column): empty, but \(q(text)) is a project code (BP and 8 digits); read as a project row"
        case .productBeforeProject: "a product row before any project row; not read"
        case .unknownClassNotRead(let column, let text): "\(column): \(q(text)) is not D, L, P, I or pr; the row is not read"
        case .unknownClassReadByCode(let column, let text, let level, let digits):
            "\(column): \(q(text)) is not D, L, P, I or pr; read as \(level) by its \(digits)-digit code"
        case .levelCodeFromBelow(let column, let code, let below): "\(column): empty; read as \(code) from the code \(below) below it"
        case .bpNormalised(let column, let text, let code): "\(column): \(q(text)) is not written BP and 8 digits; read as \(code)"
        case .projectWithoutAmount(let column): "\(column): the project row has no amount; read as 0"
        case .agencyMismatch(let column, let sheet, let rows):
            "\(column): the sheet's name gives agency \(sheet) but its project rows give \(rows); read as \(rows)"
        case .productWithoutCode(let column, let position): "\(column): the product row has no product code; numbered \(position) in its project"
        case .bpFromFirstProduct(let column, nil, let code): "\(column): the project row has no BP code; read as \(code) from its first product"
        case .bpFromFirstProduct(let column, let written?, let code): "\(column): \(q(written)) is not a BP code; read as \(code) from its first product"
        case .bpMadeUp(let column, nil, let published):
            "\(column): the project row has no BP code and no product gives one; published as \(published)"
        case .bpMadeUp(let column, let written?, let published):
            "\(column): \(q(written)) is not a BP code and no product gives one; published as \(published)"
        case .projectWithoutName(let project): "project \(project) has no name"
        case .sheetNotRead: "the sheet holds neither the per-agency header nor the summary by agency; not read"
        case .noProjectRow: "no agency sheet holds a project (pr) row"
        case .projectRepeated(let project, let first): "project \(project) is given again (first at \(first ?? "another row")); both rows are counted"
        case .summaryDiffers(let agency, let figure, let stated, let total):
            "the summary sheet gives agency \(agency) \"\(figure)\" \(NumberText.format(stated)), but its project rows add up to \(total)"
        case .summaryAgencyWithoutProjects(let agency): "the summary sheet lists agency \(agency) but no agency sheet reports its projects"
        case .agencyWithoutSummaryLine(let agency): "agency \(agency) has projects but no line in the summary sheet"
        case .shareExceedsWeight(let column, let share, let weight):
            "\(column): the product's share of the project (\(NumberText.format(share))) exceeds its weight (\(NumberText.format(weight))); its progress reads above 100 %"
        }
    }

    public var spanish: String {
        let q = Quote.spanish
        return switch self {
        case .neighbourRead(let column, let text, let side):
            "\(column): vacía; se leyó \(q(text)), una celda a la \(side == .right ? "derecha" : "izquierda")"
        case .projectRowIsProduct(let column, let written, let product, let project):
            "\(column): \(q(written)), pero \(q(product)) es un producto del proyecto \(project) de justo arriba; se leyó como su primer producto, y su nombre como el del proyecto"
        case .classlessProjectRow(let column, let text):
            "\(column): vacía, pero \(q(text)) es un código de proyecto (BP y 8 dígitos); se leyó como fila de proyecto"
        case .productBeforeProject: "una fila de producto antes de toda fila de proyecto; no se leyó"
        case .unknownClassNotRead(let column, let text): "\(column): \(q(text)) no es D, L, P, I ni pr; la fila no se leyó"
        case .unknownClassReadByCode(let column, let text, let level, let digits):
            "\(column): \(q(text)) no es D, L, P, I ni pr; se leyó como \(level) por su código de \(digits) dígitos"
        case .levelCodeFromBelow(let column, let code, let below):
            "\(column): vacía; se leyó como \(code) a partir del código \(below) de más abajo"
        case .bpNormalised(let column, let text, let code): "\(column): \(q(text)) no está escrito como BP y 8 dígitos; se leyó como \(code)"
        case .projectWithoutAmount(let column): "\(column): la fila del proyecto no tiene valor; se leyó como 0"
        case .agencyMismatch(let column, let sheet, let rows):
            "\(column): el nombre de la hoja indica el organismo \(sheet), pero sus filas de proyecto indican \(rows); se leyó \(rows)"
        case .productWithoutCode(let column, let position):
            "\(column): la fila de producto no tiene código de producto; se numeró \(position) dentro de su proyecto"
        case .bpFromFirstProduct(let column, nil, let code):
            "\(column): la fila del proyecto no tiene código BP; se leyó \(code) a partir de su primer producto"
        case .bpFromFirstProduct(let column, let written?, let code):
            "\(column): \(q(written)) no es un código BP; se leyó \(code) a partir de su primer producto"
        case .bpMadeUp(let column, nil, let published):
            "\(column): la fila del proyecto no tiene código BP y ningún producto lo da; se publicó como \(published)"
        case .bpMadeUp(let column, let written?, let published):
            "\(column): \(q(written)) no es un código BP y ningún producto lo da; se publicó como \(published)"
        case .projectWithoutName(let project): "el proyecto \(project) no tiene nombre"
        case .sheetNotRead: "la hoja no tiene ni el encabezado por organismo ni el resumen por organismo; no se leyó"
        case .noProjectRow: "ninguna hoja de organismo tiene una fila de proyecto (pr)"
        case .projectRepeated(let project, let first):
            "el proyecto \(project) aparece de nuevo (la primera vez en \(first ?? "otra fila")); se cuentan ambas filas"
        case .summaryDiffers(let agency, let figure, let stated, let total):
            "la hoja de resumen da al organismo \(agency) «\(figure)» \(NumberText.format(stated)), pero sus filas de proyecto suman \(total)"
        case .summaryAgencyWithoutProjects(let agency):
            "la hoja de resumen lista el organismo \(agency), pero ninguna hoja de organismo reporta sus proyectos"
        case .agencyWithoutSummaryLine(let agency): "el organismo \(agency) tiene proyectos, pero ninguna línea en la hoja de resumen"
        case .shareExceedsWeight(let column, let share, let weight):
            "\(column): la parte del producto en el proyecto (\(NumberText.format(share))) supera su ponderación (\(NumberText.format(weight))); su avance queda por encima del 100 %"
        }
    }

    public var fields: [ProblemField] {
        func column(_ name: String) -> ProblemField { ProblemField("column", .text(name)) }
        func text(_ name: String, _ value: String) -> ProblemField { ProblemField(name, .text(value)) }
        return switch self {
        case .neighbourRead(let name, let value, let side): [column(name), text("text", value), text("direction", side.rawValue)]
        case .projectRowIsProduct(let name, let written, let product, let project):
            [column(name), text("text", written), text("product", product), text("project", project)]
        case .classlessProjectRow(let name, let value), .unknownClassNotRead(let name, let value): [column(name), text("text", value)]
        case .unknownClassReadByCode(let name, let value, let level, let digits):
            [column(name), text("text", value), text("level", level), ProblemField("digits", .integer(digits))]
        case .levelCodeFromBelow(let name, let code, let below): [column(name), text("code", code), text("below", below)]
        case .bpNormalised(let name, let value, let code): [column(name), text("text", value), text("code", code)]
        case .projectWithoutAmount(let name): [column(name)]
        case .agencyMismatch(let name, let sheet, let rows): [column(name), text("sheet_agency", sheet), text("row_agency", rows)]
        case .productWithoutCode(let name, let position): [column(name), ProblemField("position", .integer(position))]
        case .bpFromFirstProduct(let name, let written, let code):
            [column(name)] + (written.map { [text("text", $0)] } ?? []) + [text("code", code)]
        case .bpMadeUp(let name, let written, let published):
            [column(name)] + (written.map { [text("text", $0)] } ?? []) + [text("published", published)]
        case .projectWithoutName(let project): [text("project", project)]
        case .projectRepeated(let project, let first): [text("project", project)] + (first.map { [text("first", $0)] } ?? [])
        case .summaryDiffers(let agency, let figure, let stated, let total):
            [text("agency", agency), text("figure", figure), ProblemField("stated", .number(stated)), ProblemField("total", .integer(Int(total)))]
        case .summaryAgencyWithoutProjects(let agency), .agencyWithoutSummaryLine(let agency): [text("agency", agency)]
        case .shareExceedsWeight(let name, let share, let weight):
            [column(name), ProblemField("share", .number(share)), ProblemField("weight", .number(weight))]
        case .productBeforeProject, .sheetNotRead, .noProjectRow: []
        }
    }

    public static func sample(_ code: Code) -> AgencyProblem {
        switch code {
        case .neighbourRead: .neighbourRead(column: "Clase", text: "pr", side: .right)
        case .projectRowIsProduct:
            .projectRowIsProduct(column: "Clase", written: "pr", product: "BP-26003984-01", project: "BP26003984")
        case .classlessProjectRow: .classlessProjectRow(column: "Clase", text: "BP26003984")
        case .productBeforeProject: .productBeforeProject
        case .unknownClassNotRead: .unknownClassNotRead(column: "Clase", text: "X")
        case .unknownClassReadByCode: .unknownClassReadByCode(column: "Clase", text: "Lx", level: "L", digits: 4)
        case .levelCodeFromBelow: .levelCodeFromBelow(column: "Código", code: "54", below: "5401")
        case .bpNormalised: .bpNormalised(column: "BP", text: "bp 26003984", code: "BP26003984")
        case .projectWithoutAmount: .projectWithoutAmount(column: "Presupuesto modificado")
        case .agencyMismatch: .agencyMismatch(column: "Código organismo", sheetAgency: "4133", rowAgency: "4134")
        case .productWithoutCode: .productWithoutCode(column: "BP", position: 2)
        case .bpFromFirstProduct: .bpFromFirstProduct(column: "BP", written: "sin código", code: "BP26003984")
        case .bpMadeUp: .bpMadeUp(column: "BP", written: nil, published: "sin-bp-4133-12")
        case .projectWithoutName: .projectWithoutName(project: "BP26003984")
        case .sheetNotRead: .sheetNotRead
        case .noProjectRow: .noProjectRow
        case .projectRepeated: .projectRepeated(project: "BP26003984", first: "plan.xlsx#4133:12")
        case .summaryDiffers: .summaryDiffers(agency: "4133", figure: "Total", stated: 12, total: 11)
        case .summaryAgencyWithoutProjects: .summaryAgencyWithoutProjects(agency: "4133")
        case .agencyWithoutSummaryLine: .agencyWithoutSummaryLine(agency: "4133")
        case .shareExceedsWeight: .shareExceedsWeight(column: "% de ejecución física", share: 0.3, weight: 0.25)
        }
    }
}
