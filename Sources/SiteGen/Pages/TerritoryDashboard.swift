import OpenData

/// A territory's dashboard: money by budget phase with its share of the city, physical progress,
/// projects by agency, and the next participation dates. The figures come from OpenData
/// (`CityData.figures`, the same the `resumen` dataset publishes); only the wording and the bar
/// lengths are made here, so the template can draw inline SVG bars beside tables of the same numbers.
struct TerritoryDashboard {
    /// One bar of a chart: its label (a name from the data, e.g. an agency) or its key (a fixed
    /// category the theme words, e.g. `key.inicial`), the figures in words and the bar's geometry
    /// (0–100 wide).
    struct Bar {
        var label: String
        var key: [String: Bool]
        var value: String
        var detail: String
        var share: String
        var width: String
        var y: Int
        var textY: Int
    }

    /// A chart's numbers; its title, caption, headers and fixed labels are the theme's
    /// (`tablero.*` in i18n/es.yml, given to `grafico.mustache` by `territory.mustache`).
    struct Chart {
        var id: String
        var height: Int
        var bars: [Bar]
        var hasBars: Bool
        var hasDetail: Bool
        var hasShare: Bool
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
    static func bars(_ items: [(label: String, key: String, amount: Double, value: String, detail: String, share: String)]) -> [Bar] {
        let largest = items.map(\.amount).max() ?? 0
        return items.enumerated().map { index, item in
            let width = largest > 0 ? max(0, item.amount / largest * 100) : 0
            return Bar(label: item.label, key: item.key.isEmpty ? [:] : [item.key: true], value: item.value, detail: item.detail,
                       share: item.share, width: SVGNumber.format(width), y: index * rowHeight + 20, textY: index * rowHeight + 15)
        }
    }

    static func chart(id: String, detail: Bool = false, share: Bool = false, bars: [Bar]) -> Chart {
        Chart(id: id, height: max(bars.count * rowHeight, rowHeight), bars: bars, hasBars: !bars.isEmpty,
              hasDetail: detail, hasShare: share)
    }

    init(territory: Territory, content: SiteContent, path: String) {
        let figures = content.data.figures.territory(territory.code)
        let budget = figures.total.budget, city = figures.cityBudget, share = figures.cityShare
        let phaseList: [(String, Int64?, Int64?, Double?)] = [
            ("inicial", budget.initial, city.initial, share.initial),
            ("modificado", budget.modified, city.modified, share.modified),
            ("ejecutado", budget.executed, city.executed, share.executed),
            ("obligado", budget.obligated, city.obligated, share.obligated),
            ("pagado", budget.paid, city.paid, share.paid),
        ]
        phases = Self.chart(id: "grafico-fases", detail: true, share: true, bars: Self.bars(phaseList.map { key, amount, total, share in
            ("", key, Double(amount ?? 0), SpanishFormat.money(amount), SpanishFormat.money(total), SpanishFormat.percent(share, decimals: 2))
        }))

        agencies = Self.chart(id: "grafico-organismos", detail: true, bars: Self.bars(figures.agencies.map { line in
            (line.agency.name, "", Double(line.modifiedOrZero), SpanishFormat.money(line.modifiedOrZero),
             SpanishFormat.integer(line.figures.projects), "")
        }))

        let physical = figures.total.physicalProgress, financial = figures.total.financialProgress
        physicalProgress = SpanishFormat.percent(physical)
        physicalValue = Int((physical ?? 0).rounded()).clamped(to: 0...100)
        financialProgress = SpanishFormat.percent(financial)
        financialValue = Int((financial ?? 0).rounded()).clamped(to: 0...100)
        let bandKeys = ["sin_avance", "menos_50", "de_50_a_99", "terminados", "sin_dato"]
        progressBands = Self.chart(
            id: "grafico-avance",
            bars: figures.total.projects == 0 ? [] : Self.bars(zip(bandKeys, figures.total.bands.counts).map { key, count in
                ("", key, Double(count), SpanishFormat.integer(count), "", "")
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
