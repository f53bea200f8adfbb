import Foundation
import OpenData

/// A project's ficha: every field, each territory it reaches, and its activities with progress and
/// the agency's explanation per quarter.
struct ProjectPage {
    struct Quarter {
        /// The quarter's Roman numeral ("I").
        var numeral: String
        var progress: String
        var explanation: String
        var hasExplanation: Bool
    }

    struct ActivityView {
        var code: String
        var name: String
        var territory: String
        var weight: String
        var quarters: [Quarter]
        var budget: BudgetFigures
        var start: String
        var end: String
        var product: String
        var planGoal: String
        var source: String
    }

    struct TerritoryShare {
        var href: String
        var name: String
        var activities: Int
        var modified: String
    }

    var frame: PageFrame
    var bp: String
    var bpin: String
    var name: String
    var agency: String
    var agencyCode: String
    var plan: [PlanLevel]
    var territories: [TerritoryShare]
    var budget: BudgetFigures
    var physicalProgress: String
    var physicalValue: Int
    var financialValue: Int
    var start: String
    var end: String
    var cut: String
    /// The cut's source file relative to the content folder, and the link to its published copy.
    var source: String
    /// Said on the ficha when its cut has no territorial breakdown (empty otherwise).
    var territorialNote: String
    var sourceHref: String
    var activities: [ActivityView]
    var financialProgress: String = ""
    /// What changed since the previous cut; nil with fewer than two cuts.
    var changes: ChangeLines?
    /// The project in every cut (ProjectHistory.swift).
    var history: ProjectHistory?
    /// When the latest cut no longer reports the project, the latest cut's name (the ficha shows
    /// `cut`); else nil.
    var latestCut: String?
    /// The project's budget execution (0 or 1 element), joined by BP code.
    var execution: [ExecutionView] = []
    /// The project's contracts by its BPIN; nil when the site publishes no contracts.
    var contracts: ProjectContracts?

    static func path(_ bp: String) -> String { "proyectos/\(bp)/" }

    /// `parts` are the project's rows in each territory it reaches (at least one).
    init(parts: [Project], content: SiteContent, report: Cuadro1SReport, context: PageContext) {
        let first = parts[0]
        let path = Self.path(first.bp)
        let catalog = content.data.territories
        frame = context.frame(path: path, title: first.name, description: context.words(.proyectoDescripcion, ["bp": first.bp, "name": first.name]),
                              breadcrumbs: [(path, first.bp)])
        bp = first.bp
        bpin = first.bpin
        name = first.name
        agency = first.agency.name
        agencyCode = first.agency.code
        plan = first.plan.filter { !$0.code.isEmpty || !$0.name.isEmpty }
        territories = parts.map { part in
            let territory = catalog[part.territoryCode]
            return TerritoryShare(href: territory.map { PageContext.href(from: path, to: TerritoryPage.path($0)) } ?? "",
                                  name: territory?.name ?? String(part.territoryCode), activities: part.activities.count,
                                  modified: SpanishFormat.money(part.budget.modified))
        }
        let total = parts.reduce(Budget()) { $0 + $1.budget }
        budget = BudgetFigures(total)
        let physical = parts.compactMap(\.physicalProgress).max()
        physicalProgress = SpanishFormat.percent(physical)
        physicalValue = Int((physical ?? 0).rounded()).clamped(to: 0...100)
        financialValue = Int((total.financialProgress ?? 0).rounded()).clamped(to: 0...100)
        financialProgress = SpanishFormat.percent(total.financialProgress)
        history = ProjectHistory(bp: first.bp, data: content.data, from: path)
        changes = content.data.changes(to: report.cut, bp: first.bp).map {
            // Only this project's own changes are listed, and it has a ficha (this one).
            ChangeLines($0, catalog: catalog, projectPages: [first.bp], from: path)
        }
        start = SpanishFormat.date(parts.compactMap(\.start).min())
        end = SpanishFormat.date(parts.compactMap(\.end).max())
        cut = SpanishFormat.cut(report.cut)
        if let latest = content.data.latest?.cut, latest != report.cut {
            latestCut = SpanishFormat.cut(latest)
        }
        source = SourceReference.file(report.sourcePath)
        sourceHref = content.originals[report.cut].map { PageContext.root(for: path) + $0.outputPath } ?? ""
        territorialNote = report.territorialNote ?? ""
        activities = parts.flatMap { part in
            part.activities.map { activity in
                ActivityView(
                    code: activity.code, name: activity.name,
                    territory: catalog[activity.territoryCode]?.name ?? String(activity.territoryCode),
                    weight: SpanishFormat.percent(activity.weight.map { $0 * 100 }),
                    quarters: (0..<4).map { index in
                        let explanation = activity.explanations[index].trimmingCharacters(in: .whitespacesAndNewlines)
                        return Quarter(numeral: SpanishFormat.quarter(index),
                                       progress: SpanishFormat.percent(activity.progress[index]),
                                       explanation: explanation, hasExplanation: !explanation.isEmpty)
                    },
                    budget: BudgetFigures(activity.budget),
                    start: SpanishFormat.date(activity.start), end: SpanishFormat.date(activity.end),
                    product: [activity.product.mgaCode, activity.product.mgaName].filter { !$0.isEmpty }.joined(separator: " — "),
                    planGoal: activity.product.planGoalCode,
                    source: SourceReference.place(activity.source)
                )
            }
        }
        execution = ExecutionView.project(bp: first.bp, data: content.data).map { [$0] } ?? []
        if !content.data.contracts.isEmpty {
            contracts = ProjectContracts(bpin: parts.lazy.map(\.bpin).first { !$0.isEmpty } ?? "", budget: total,
                                         figures: latestCut == nil ? content.data.contractFigures(bp: first.bp) : nil,
                                         data: content.data, from: path)
        }
    }
}
