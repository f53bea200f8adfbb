import OpenData

/// The two menus of Resolución 1519 de 2020 (MinTIC), Anexo 2, for what this site serves: the
/// "Transparencia y acceso a la información pública" menu and the "Menú Participa". Worked out once
/// from the content; the two pages and the ITA files (`ita.csv`, `ita.json`) all read it. An item is
/// only there when the page it links to is built (never a dead item); a category with no item is
/// left out, or links to the entity's own site when site.yml names one (`sitio_entidad`).
struct TransparencyMenu: Sendable {
    /// One link of a menu: its standard number, its name, where it goes and when it last changed.
    struct Item: Sendable, Equatable {
        var number: String
        var name: String
        /// Site-relative path of a page folder or file ("informes/2025-T2/"), or an absolute URL.
        var target: String
        var updated: LocalDate?

        var isExternal: Bool { target.hasPrefix("http://") || target.hasPrefix("https://") }
    }

    /// One numbered category of a menu and its items, in order.
    struct Category: Sendable, Equatable {
        var number: String
        var name: String
        var items: [Item]
    }

    static let transparencyPath = "transparencia/"
    static let participaPath = "participa/"
    static let itaCSV = transparencyPath + "ita.csv"
    static let itaJSON = transparencyPath + "ita.json"
    /// The anchor of the project list on the transparency page (item 4.4).
    static let projectsAnchor = transparencyPath + "#proyectos"

    var transparency: [Category]
    var participa: [Category]

    /// Every item of both menus, in menu order.
    var items: [Item] { (transparency + participa).flatMap(\.items) }

    init(content: SiteContent) {
        let data = content.data
        let built = content.config.date
        let latestCut = data.reports.last?.cut.periodEnd
        let page = { (section: MarkdownPage.Section, slug: String) in
            content.pages.first { $0.section == section && $0.slug == slug }
        }
        let entity = SafeURL.check(content.config.entitySite) ?? ""
        func numbered(_ number: String, _ items: [Item]) -> [Item] { items.map { var item = $0; item.number = number; return item } }
        // Both menus list the fichas and each cut's "Qué cambió", under their own numeral.
        let fichas = data.reports.isEmpty ? [] : [Item(number: "", name: "Fichas de los proyectos de inversión",
                                                       target: Self.projectsAnchor, updated: latestCut)]
        let changes = data.reports.reversed().filter { data.changes(to: $0.cut) != nil }.map { report in
            Item(number: "", name: "Qué cambió en el corte \(SpanishFormat.cut(report.cut))",
                 target: ChangesPage.path(report.cut), updated: report.cut.periodEnd)
        }

        var budget: [Item] = []
        if let execution = data.latestExecution {
            let date = execution.coveredPeriod?.end ?? built
            budget.append(Item(number: "4.2", name: "Ejecución presupuestal por proyecto (\(execution.period))",
                               target: "datos/ciudad-completa/ejecucion/", updated: date))
        }
        var plan: [Item] = data.reports.reversed().map { report in
            Item(number: "4.3", name: "Informe de seguimiento al plan de acción (Cuadro 1S), \(SpanishFormat.cut(report.cut))",
                 target: ReportPage.path(report.cut), updated: report.cut.periodEnd)
        }
        if !data.reports.isEmpty {
            plan.append(Item(number: "4.3", name: "Proyectos por organismo", target: AgenciesIndexPage.path, updated: latestCut))
        }
        if !data.actions.isEmpty {
            plan.append(Item(number: "4.3", name: "Acciones del plan de participación por procedimiento y fase",
                             target: PlanMatrixPage.path, updated: built))
        }
        let projects = numbered("4.4", fichas)
        var reports: [Item] = []
        if !data.reports.isEmpty {
            reports.append(Item(number: "4.7", name: "Informes de seguimiento (Cuadro 1S)", target: ReportsIndexPage.path, updated: latestCut))
        }
        reports += numbered("4.7", changes)
        let openData = [Item(number: "7", name: "Catálogo de datos abiertos", target: CatalogPage.path, updated: built)]

        var planning = [
            Category(number: "4", name: "Planeación, presupuesto e informes", items: budget + plan + projects + reports),
            Category(number: "7", name: "Datos abiertos", items: openData),
        ]
        if !entity.isEmpty {
            planning.insert(Category(number: "1", name: "Información de la entidad", items: [
                Item(number: "1", name: "Información de la entidad, normativa, contratación y trámites en el sitio de la entidad",
                     target: entity, updated: nil),
            ]), at: 0)
        }
        transparency = planning.filter { !$0.items.isEmpty }

        let actionLists = { (procedure: ParticipationProcedure, phases: [ManagementPhase]) -> [Item] in
            phases.compactMap { phase in
                let actions = data.actions.filter { $0.procedure == procedure && $0.phase == phase }
                guard !actions.isEmpty else { return nil }
                return Item(number: "", name: "Acciones de \(procedure.rawValue), fase de \(phase.rawValue)",
                            target: ActionListPage.path(procedure, phase), updated: built)
            }
        }
        let agendaItem = { (number: String, name: String, words: [String]) -> [Item] in
            let events = content.agenda.filter { event in words.contains { event.kind.lowercased().contains($0) } }
            guard let last = events.map(\.date).max(by: { $0.daysSinceEpoch < $1.daysSinceEpoch }) else { return [] }
            return [Item(number: number, name: "\(name) en la agenda (\(events.count))", target: AgendaPage.path, updated: built ?? last)]
        }
        func pageItem(_ number: String, _ section: MarkdownPage.Section, _ slug: String) -> [Item] {
            page(section, slug).map { [Item(number: number, name: $0.title, target: $0.path, updated: $0.date ?? built)] } ?? []
        }

        var general = pageItem("6.1.3", .planes, "plan-municipal-participacion")
        if !content.agenda.isEmpty {
            let last = content.agenda.map(\.date).max { $0.daysSinceEpoch < $1.daysSinceEpoch }
            general.append(Item(number: "6.1.8", name: "Calendario de actividades de participación", target: AgendaPage.path, updated: built ?? last))
        }
        var diagnosis: [Item] = []
        if content.pages.contains(where: { $0.section == .diagnosticos }) {
            let last = content.pages.filter { $0.section == .diagnosticos }.compactMap(\.date).max { $0.daysSinceEpoch < $1.daysSinceEpoch }
            diagnosis.append(Item(number: "6.2.1", name: "Diagnósticos participativos por territorio", target: "diagnosticos/", updated: last ?? built))
        }
        if !data.problems.isEmpty {
            diagnosis.append(Item(number: "6.2.1", name: "Problemas priorizados e inversión", target: ProblemsRankingPage.path, updated: latestCut ?? built))
        }
        diagnosis += numbered("6.2.1", actionLists(.participatoryPlanning, [.diagnosis]))
        var budgeting = pageItem("6.2.2", .planes, "planeacion-participativa")
        budgeting += numbered("6.2.2", actionLists(.participatoryPlanning, [.formulation, .implementation, .followUp, .evaluation]))
        budgeting += agendaItem("6.2.2", "Asambleas de presupuesto participativo", ["presupuesto participativo"])
        let consultation = agendaItem("6.2.3", "Consultas ciudadanas", ["consulta"])
        let collaboration = agendaItem("6.2.4", "Espacios de colaboración e innovación abierta", ["colaboración", "innovación"])
        let accountability = agendaItem("6.2.5", "Rendiciones de cuentas", ["rendición de cuentas"])
        var control = numbered("6.2.6", fichas + changes)
        control += pageItem("6.2.6", .planes, "control-social")
        control += numbered("6.2.6", actionLists(.socialControl, ManagementPhase.allCases))
        if let pqrsd = SafeURL.check(content.config.contact.pqrsdURL), !pqrsd.isEmpty {
            control.append(Item(number: "6.2.6", name: "Peticiones, quejas, reclamos, sugerencias y denuncias (PQRSD)", target: pqrsd, updated: nil))
        }
        participa = [
            Category(number: "6.1", name: "Descripción general", items: general),
            Category(number: "6.2.1", name: "Participación para el diagnóstico de necesidades e identificación de problemas", items: diagnosis),
            Category(number: "6.2.2", name: "Planeación y presupuesto participativo", items: budgeting),
            Category(number: "6.2.3", name: "Consulta ciudadana", items: consultation),
            Category(number: "6.2.4", name: "Colaboración e innovación abierta", items: collaboration),
            Category(number: "6.2.5", name: "Rendición de cuentas", items: accountability),
            Category(number: "6.2.6", name: "Control social", items: control),
        ].filter { !$0.items.isEmpty }
    }

    /// The item's address for the ITA files: absolute with the base URL when site.yml gives one,
    /// else site-relative; a page folder ends in `index.html` only when relative, so it opens from disk.
    static func url(_ item: Item, baseURL: String) -> String {
        if item.isExternal { return item.target }
        return baseURL.isEmpty ? item.target : baseURL + item.target
    }

    /// The item's link from the page at `path`.
    static func href(_ item: Item, from path: String) -> String {
        if item.isExternal { return item.target }
        let (folder, anchor) = item.target.firstIndex(of: "#").map { (String(item.target[..<$0]), String(item.target[$0...])) }
            ?? (item.target, "")
        if folder == path { return anchor.isEmpty ? "index.html" : anchor }
        return PageContext.href(from: path, to: folder) + anchor
    }
}
