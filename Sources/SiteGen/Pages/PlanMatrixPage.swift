import OpenData

/// The participation plan at a glance: how many actions each procedure has in each phase of the
/// management cycle, every count linking to its list of actions, and the agencies taking part.
struct PlanMatrixPage {
    struct Cell {
        var count: Int
        var href: String
        var label: String
        var hasActions: Bool
    }

    struct Row {
        var procedure: String
        var cells: [Cell]
        var total: Int
    }

    struct AgencyLine {
        var href: String
        var name: String
        var code: String
        var actions: Int
    }

    var frame: PageFrame
    var phases: [String]
    var rows: [Row]
    var phaseTotals: [Int]
    var total: Int
    var hasActions: Bool
    var agencies: [AgencyLine]
    var agencyCount: Int
    var cityWide: Int
    var downloads: [DownloadLink]

    static let path = "planes/acciones/"

    init(content: SiteContent, context: PageContext) {
        let actions = content.data.actions
        let path = Self.path
        let words = context.words
        frame = context.frame(path: path, title: words(.accionesTitulo), description: words(.accionesDescripcion),
                              breadcrumbs: [("planes/", words(.planes)), (path, words(.acciones))])
        phases = ManagementPhase.allCases.map { $0.rawValue.capitalizedFirst }
        rows = ParticipationProcedure.allCases.map { procedure in
            let cells = ManagementPhase.allCases.map { phase in
                let count = actions.count { $0.procedure == procedure && $0.phase == phase }
                return Cell(count: count, href: PageContext.href(from: path, to: ActionListPage.path(procedure, phase)),
                            label: words(.accionesCelda, ["count": String(count), "procedimiento": procedure.rawValue, "fase": phase.rawValue]),
                            hasActions: count > 0)
            }
            return Row(procedure: procedure.rawValue, cells: cells, total: cells.reduce(0) { $0 + $1.count })
        }
        phaseTotals = ManagementPhase.allCases.map { phase in actions.count { $0.phase == phase } }
        total = actions.count
        hasActions = !actions.isEmpty
        agencies = Dictionary(grouping: actions, by: \.agency.code).map { code, own in
            AgencyLine(href: PageContext.href(from: path, to: AgencyPage.path(code)),
                       name: own[0].agency.name.isEmpty ? code : own[0].agency.name, code: code, actions: own.count)
        }.sorted { $0.code < $1.code }
        agencyCount = agencies.count
        cityWide = actions.count(where: \.isCityWide)
        let root = PageContext.root(for: path)
        downloads = ["csv", "json"].map {
            DownloadLink(href: root + "datos/ciudad-completa/\(DatasetKind.acciones.rawValue).\($0)",
                         label: DatasetKind.acciones.title, format: $0.uppercased())
        }
    }
}

extension String {
    /// The text with its first letter in capitals ("diagnóstico" → "Diagnóstico").
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
