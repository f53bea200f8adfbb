import OpenData

/// A project's figures in every Cuadro 1S cut that reports it: the time series a veeduría follows.
struct ProjectHistory {
    struct Line {
        var cut: String
        var href: String
        var physical: String
        var physicalValue: Int
        var modified: String
        var executed: String
        var financial: String
    }

    var lines: [Line]
    var hasLines: Bool
    var caption: String

    init(bp: String, data: CityData, from path: String) {
        lines = data.reports.indices.compactMap { index in
            let report = data.reports[index]
            let parts = data.project(bp: bp, inReport: index)
            guard !parts.isEmpty else { return nil }
            let budget = parts.reduce(Budget()) { $0 + $1.budget }
            let physical = parts.compactMap(\.physicalProgress).max()
            return Line(cut: SpanishFormat.cut(report.cut), href: PageContext.href(from: path, to: ReportPage.path(report.cut)),
                        physical: SpanishFormat.percent(physical),
                        physicalValue: Int((physical ?? 0).rounded()).clamped(to: 0...100),
                        modified: SpanishFormat.money(budget.modified), executed: SpanishFormat.money(budget.executed),
                        financial: SpanishFormat.percent(budget.financialProgress))
        }
        hasLines = lines.count > 1
        caption = "Avance y presupuesto del proyecto \(bp) en cada corte del Cuadro 1S"
    }
}
