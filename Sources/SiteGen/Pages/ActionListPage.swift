import OpenData

/// The actions of one cell of the plan matrix: one procedure in one phase of the management cycle.
struct ActionListPage {
    var frame: PageFrame
    var title: String
    var procedure: String
    var phase: String
    var actions: [ActionRow]
    var hasActions: Bool
    var matrixHref: String

    static func path(_ procedure: ParticipationProcedure, _ phase: ManagementPhase) -> String {
        "planes/acciones/\(procedure.slug)-\(phase.slug)/"
    }

    init(procedure: ParticipationProcedure, phase: ManagementPhase, content: SiteContent, context: PageContext) {
        let path = Self.path(procedure, phase)
        let words = context.words
        title = words(.listaAcciones, ["procedimiento": procedure.rawValue, "fase": phase.rawValue])
        frame = context.frame(path: path, title: title,
                              description: words(.listaAccionesDescripcion, ["procedimiento": procedure.rawValue, "fase": phase.rawValue]),
                              breadcrumbs: [("planes/", words(.planes)), (PlanMatrixPage.path, words(.acciones)), (path, title)])
        self.procedure = procedure.rawValue
        self.phase = phase.rawValue
        let catalog = content.data.territories
        actions = content.data.actions.filter { $0.procedure == procedure && $0.phase == phase }
            .sorted(by: ParticipationAction.chronological)
            .map { ActionRow($0, from: path, territories: catalog) }
        hasActions = !actions.isEmpty
        matrixHref = PageContext.href(from: path, to: PlanMatrixPage.path)
    }
}
