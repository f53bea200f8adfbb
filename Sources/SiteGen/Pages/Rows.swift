import OpenData

/// A project as a line of a table on territory, report and agency pages.
struct ProjectRow {
    var bp: String
    var href: String
    var name: String
    var agency: String
    var territory: String
    var activities: Int
    var modified: String
    var executed: String
    var progress: String
    /// Progress 0–100 rounded, for bar widths.
    var progressValue: Int

    init(_ project: Project, from path: String, territories: TerritoryCatalog) {
        bp = project.bp
        href = PageContext.href(from: path, to: "proyectos/\(project.bp)/")
        name = project.name
        agency = project.agency.name
        territory = territories[project.territoryCode]?.name ?? String(project.territoryCode)
        activities = project.activities.count
        let budget = project.budget
        modified = SpanishFormat.money(budget.modified)
        executed = SpanishFormat.money(budget.executed)
        progress = SpanishFormat.percent(project.physicalProgress)
        progressValue = Int((project.physicalProgress ?? 0).rounded()).clamped(to: 0...100)
    }
}

/// Money by budget phase, formatted.
struct BudgetFigures {
    var initial: String
    var modified: String
    var executed: String
    var obligated: String
    var paid: String
    var financialProgress: String

    init(_ budget: Budget) {
        initial = SpanishFormat.money(budget.initial)
        modified = SpanishFormat.money(budget.modified)
        executed = SpanishFormat.money(budget.executed)
        obligated = SpanishFormat.money(budget.obligated)
        paid = SpanishFormat.money(budget.paid)
        financialProgress = SpanishFormat.percent(budget.financialProgress)
    }
}

/// A link to a dataset file.
struct DownloadLink {
    var href: String
    var label: String
    var format: String
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}
