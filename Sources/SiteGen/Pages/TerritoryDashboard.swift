import OpenData

/// A territory's dashboard: money by budget phase with its share of the city, physical progress,
/// projects by agency, and the next participation dates. The figures come from OpenData
/// (`CityData.figures`, the same the `resumen` dataset publishes); only the wording and the bar
/// lengths are made here, so the template can draw inline SVG bars beside tables of the same numbers.
struct TerritoryDashboard {
    /// One bar of a chart: its label, the figures in words and the bar's geometry (0–100 wide).
    struct Bar {
        var label: String
        var value: String
        var detail: String
        var share: String
        var width: String
        var y: Int
        var textY: Int
    }

    struct Chart {
        var id: String
        var title: String
        var caption: String
        var valueHeader: String
        var detailHeader: String
        var shareHeader: String
        var height: Int
        var bars: [Bar]
        var hasBars: Bool
    }

    struct AgendaLine {
        var date: String
        var time: String
        var kind: String
        var place: String
        var description: String
    }

    var phases: Chart
    var agencies: Chart
    var progressBands: Chart
    var physicalProgress: String
    var physicalValue: Int
    var financialProgress: String
    var financialValue: Int
    var upcoming: [AgendaLine]
    var hasUpcoming: Bool
    var agendaHref: String
    var calendarHref: String

    static let rowHeight = 36

    /// Bars scaled so the largest value spans the full width.
    static func bars(_ items: [(label: String, amount: Double, value: String, detail: String, share: String)]) -> [Bar] {
        let largest = items.map(\.amount).max() ?? 0
        return items.enumerated().map { index, item in
            let width = largest > 0 ? max(0, item.amount / largest * 100) : 0
            return Bar(label: item.label, value: item.value, detail: item.detail, share: item.share,
                       width: SVGNumber.format(width), y: index * rowHeight + 20, textY: index * rowHeight + 15)
        }
    }

    static func chart(id: String, title: String, caption: String, value: String, detail: String = "", share: String = "",
                      bars: [Bar]) -> Chart {
        Chart(id: id, title: title, caption: caption, valueHeader: value, detailHeader: detail, shareHeader: share,
              height: max(bars.count * rowHeight, rowHeight), bars: bars, hasBars: !bars.isEmpty)
    }

    init(territory: Territory, content: SiteContent, path: String) {
        let figures = content.data.figures.territory(territory.code)
        let budget = figures.total.budget, city = figures.cityBudget, share = figures.cityShare
        let phaseList: [(String, Int64?, Int64?, Double?)] = [
            ("Inicial", budget.initial, city.initial, share.initial),
            ("Modificado", budget.modified, city.modified, share.modified),
            ("Ejecutado (comprometido)", budget.executed, city.executed, share.executed),
            ("Obligado", budget.obligated, city.obligated, share.obligated),
            ("Pagado", budget.paid, city.paid, share.paid),
        ]
        phases = Self.chart(
            id: "grafico-fases", title: "Presupuesto por fase en \(territory.name)",
            caption: "Presupuesto de \(territory.name) por fase y su parte del total de la ciudad",
            value: "Valor", detail: "Total de la ciudad", share: "Parte de la ciudad",
            bars: Self.bars(phaseList.map { label, amount, total, share in
                (label, Double(amount ?? 0), SpanishFormat.money(amount), SpanishFormat.money(total),
                 SpanishFormat.percent(share, decimals: 2))
            }))

        agencies = Self.chart(
            id: "grafico-organismos", title: "Presupuesto modificado por organismo en \(territory.name)",
            caption: "Proyectos y presupuesto modificado por organismo en \(territory.name)",
            value: "Presupuesto modificado", detail: "Proyectos",
            bars: Self.bars(figures.agencies.map { line in
                (line.agency.name, Double(line.modifiedOrZero), SpanishFormat.money(line.modifiedOrZero),
                 SpanishFormat.integer(line.figures.projects), "")
            }))

        let physical = figures.total.physicalProgress, financial = figures.total.financialProgress
        physicalProgress = SpanishFormat.percent(physical)
        physicalValue = Int((physical ?? 0).rounded()).clamped(to: 0...100)
        financialProgress = SpanishFormat.percent(financial)
        financialValue = Int((financial ?? 0).rounded()).clamped(to: 0...100)
        let bandLabels = ["Sin avance (0 %)", "Menos de 50 %", "De 50 % a 99 %", "Terminados (100 %)", "Sin dato"]
        progressBands = Self.chart(
            id: "grafico-avance", title: "Proyectos de \(territory.name) según su avance físico",
            caption: "Número de proyectos de \(territory.name) según su avance físico",
            value: "Proyectos",
            bars: figures.total.projects == 0 ? [] : Self.bars(zip(bandLabels, figures.total.bands.counts).map { label, count in
                (label, Double(count), SpanishFormat.integer(count), "", "")
            }))

        let today = content.config.date
        upcoming = content.agenda
            .filter { $0.territoryCode == territory.code || (territory.kind == .ciudad && $0.territoryCode == nil) }
            .filter { event in today.map { event.date.daysSinceEpoch >= $0.daysSinceEpoch } ?? true }
            .prefix(5)
            .map { event in
                AgendaLine(date: SpanishFormat.date(event.date), time: AgendaPage.time(event), kind: event.kind,
                           place: event.place, description: event.description)
            }
        hasUpcoming = !upcoming.isEmpty
        let root = PageContext.root(for: path)
        agendaHref = root + AgendaPage.path + "index.html"
        calendarHref = content.agenda.contains { $0.territoryCode == territory.code } ? "agenda.ics" : ""
    }
}

/// Numbers written into SVG attributes: '.' decimals, at most one decimal place.
enum SVGNumber {
    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = tenths / 10, fraction = abs(tenths % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
