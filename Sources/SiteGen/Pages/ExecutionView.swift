import OpenData

/// The budget execution of a project or a territory as pages show it: the phases from the latest
/// export, and how much of it is participatory budget (presupuesto participativo, `Origen` =
/// Territorio).
struct ExecutionView {
    /// One execution line on a project page.
    struct Line {
        var territory: String
        var activity: String
        var fund: String
        var participatory: Bool
        var modified: String
        var executed: String
        var paid: String
    }

    /// A project with participatory budget on a territory page.
    struct ProjectLine {
        var bp: String
        var name: String
        var href: String
        var hasPage: Bool
        var modified: String
        var executed: String
        var paid: String
    }

    var period: String
    var source: String
    var figures: BudgetFigures
    var certified: String
    var lineCount: Int
    var participatory: BudgetFigures
    var hasParticipatory: Bool
    var lines: [Line]
    var participatoryProjects: [ProjectLine]

    /// "marzo de 2025" for period `2025-03`; the period itself otherwise.
    static func periodName(_ execution: BudgetExecution) -> String {
        guard let (year, month) = execution.yearMonth else { return execution.period }
        return "\(SpanishFormat.months[month - 1]) de \(year)"
    }

    /// The execution of one project (all its lines); nil when the export has none.
    static func project(bp: String, data: CityData) -> ExecutionView? {
        guard let execution = data.latestExecution else { return nil }
        let lines = execution.lines(bp: bp)
        guard !lines.isEmpty else { return nil }
        var view = ExecutionView(execution: execution, lines: lines)
        view.lines = lines.map { line in
            Line(territory: data.territories[line.territoryCode]?.name ?? String(line.territoryCode),
                 activity: [line.activityCode, line.activityName].filter { !$0.isEmpty }.joined(separator: " — "),
                 fund: line.fundName.isEmpty ? line.fundCode : line.fundName,
                 participatory: line.isParticipatory,
                 modified: SpanishFormat.money(line.budget.modified), executed: SpanishFormat.money(line.budget.executed),
                 paid: SpanishFormat.money(line.budget.paid))
        }
        return view
    }

    /// The execution in one territory, with its participatory-budget projects; nil when the export
    /// has no line there.
    static func territory(_ territory: Territory, data: CityData, from path: String) -> ExecutionView? {
        guard let execution = data.latestExecution else { return nil }
        let lines = execution.lines(in: territory.code)
        guard !lines.isEmpty else { return nil }
        var view = ExecutionView(execution: execution, lines: lines)
        let withPage = Set(data.projects.map(\.bp))
        var order: [String] = []
        var byBP: [String: [BudgetExecutionLine]] = [:]
        for line in lines where line.isParticipatory {
            if byBP[line.bp] == nil { order.append(line.bp) }
            byBP[line.bp, default: []].append(line)
        }
        view.participatoryProjects = order.sorted().map { bp in
            let group = byBP[bp]!
            let total = BudgetExecution.total(group)
            return ProjectLine(bp: bp, name: group[0].projectName,
                               href: PageContext.href(from: path, to: ProjectPage.path(bp)), hasPage: withPage.contains(bp),
                               modified: SpanishFormat.money(total.modified), executed: SpanishFormat.money(total.executed),
                               paid: SpanishFormat.money(total.paid))
        }
        return view
    }

    private init(execution: BudgetExecution, lines: [BudgetExecutionLine]) {
        period = Self.periodName(execution)
        source = SourceReference.file(execution.sourcePath)
        figures = BudgetFigures(BudgetExecution.total(lines))
        certified = SpanishFormat.money(lines.contains { $0.certified != nil }
            ? lines.reduce(Int64(0)) { $0 + ($1.certified ?? 0) } : nil)
        lineCount = lines.count
        let participatoryLines = lines.filter(\.isParticipatory)
        participatory = BudgetFigures(BudgetExecution.total(participatoryLines))
        hasParticipatory = !participatoryLines.isEmpty
        self.lines = []
        participatoryProjects = []
    }
}
