import OpenData

/// A project's figures in every Cuadro 1S cut that reports it (the time series a veeduría follows),
/// as a table and as two inline SVG charts drawn here (physical progress; modified and executed
/// budget), with a mark where a new vigencia restarts the annual budget. The figures come from
/// `CityData.history(bp:)`; only the geometry is made here, the words are the theme's
/// (`historia` in `i18n/es.yml`).
struct ProjectHistory {
    struct Line {
        var cut: String
        var href: String
        var vigencia: String
        /// The first cut of a vigencia that follows another: its budget starts again.
        var startsVigencia: Bool
        var physical: String
        var physicalValue: Int
        var initial: String
        var modified: String
        var executed: String
        var financial: String
    }

    /// One bar: its top and its length as a share of the chart's width (0–100).
    struct Bar {
        var y: Int
        var width: String
        var style: String
    }

    /// One cut in a chart: its label and bars.
    struct Row {
        var label: String
        var textY: Int
        var bars: [Bar]
    }

    /// Where a new vigencia begins: a dashed line and its label (the vigencia's year).
    struct Break {
        var lineY: Int
        var textY: Int
        var year: Int
    }

    struct Chart {
        var id: String
        var height: Int
        var rows: [Row]
        var breaks: [Break]
        var hasLegend: Bool
    }

    var bp: String
    var lines: [Line]
    var hasLines: Bool
    var progressChart: Chart
    var budgetChart: Chart
    /// The vigencias the project spans when there are several ("2024 y 2025"), else empty.
    var vigencias: String
    var crossesVigencia: Bool

    static let breakHeight = 28
    static let legendHeight = 26

    init(bp: String, data: CityData, from path: String) {
        let history = data.history(bp: bp)
        self.bp = bp
        lines = history.enumerated().map { index, figures in
            let physical = figures.physicalProgress
            return Line(cut: SpanishFormat.cut(figures.cut), href: PageContext.href(from: path, to: ReportPage.path(figures.cut)),
                        vigencia: String(figures.vigencia),
                        startsVigencia: index > 0 && history[index - 1].vigencia != figures.vigencia,
                        physical: SpanishFormat.percent(physical),
                        physicalValue: Int((physical ?? 0).rounded()).clamped(to: 0...100),
                        initial: SpanishFormat.money(figures.budget.initial),
                        modified: SpanishFormat.money(figures.budget.modified), executed: SpanishFormat.money(figures.budget.executed),
                        financial: SpanishFormat.percent(figures.budget.financialProgress))
        }
        hasLines = lines.count > 1
        let years = history.map(\.vigencia).reduce(into: [Int]()) { if $0.last != $1 { $0.append($1) } }
        crossesVigencia = years.count > 1
        vigencias = crossesVigencia ? Self.list(years.map(String.init)) : ""

        // Physical progress: one row per cut (a label and a bar on a 0–100 scale).
        var y = 0
        var rows: [Row] = []
        var breaks: [Break] = []
        for (index, figures) in history.enumerated() {
            if lines[index].startsVigencia {
                breaks.append(Break(lineY: y + 4, textY: y + 20, year: figures.vigencia))
                y += Self.breakHeight
            }
            let value = figures.physicalProgress.map { min(max($0, 0), 100) } ?? 0
            rows.append(Row(label: "\(lines[index].cut): \(lines[index].physical)", textY: y + 15,
                            bars: [Bar(y: y + 20, width: SVGNumber.format(value), style: "barra-svg")]))
            y += TerritoryDashboard.rowHeight
        }
        progressChart = Chart(id: "grafico-historia-avance", height: max(y, TerritoryDashboard.rowHeight), rows: rows, breaks: breaks, hasLegend: false)

        // Budget: per cut, the modified and the executed budget, on one scale (the largest of all cuts).
        let largest = Double(history.map { max($0.budget.modified ?? 0, $0.budget.executed ?? 0, 0) }.max() ?? 0)
        func width(_ amount: Int64?) -> String {
            largest > 0 ? SVGNumber.format(Double(max(amount ?? 0, 0)) / largest * 100) : "0"
        }
        y = Self.legendHeight
        rows = []
        breaks = []
        for (index, figures) in history.enumerated() {
            if lines[index].startsVigencia {
                breaks.append(Break(lineY: y + 4, textY: y + 20, year: figures.vigencia))
                y += Self.breakHeight
            }
            rows.append(Row(label: lines[index].cut, textY: y + 15, bars: [
                Bar(y: y + 20, width: width(figures.budget.modified), style: "barra-svg"),
                Bar(y: y + 34, width: width(figures.budget.executed), style: "barra-svg ejecutado"),
            ]))
            y += 52
        }
        budgetChart = Chart(id: "grafico-historia-presupuesto", height: y, rows: rows, breaks: breaks, hasLegend: true)
    }

    /// "2023, 2024 y 2025".
    static func list(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " y " + items.last!
    }
}
