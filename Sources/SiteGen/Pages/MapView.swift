import Foundation
import OpenData

/// The home page's map: territory outlines projected to SVG path data at build time (equirectangular,
/// scaled by the cosine of the middle latitude), each shaded by its modified budget in five classes
/// and linked to its territory page. Only comunas and corregimientos are drawn: an outline given for
/// the city-wide code or an aggregate would cover its members and double their money on the map.
struct MapView {
    /// One drawn territory; its label (`mapa.territorio` in i18n/es.yml) names it and its amount.
    struct Area {
        var href: String
        var name: String
        var amount: String
        var d: String
        var shade: Int
    }

    /// One class of the legend (`mapa.leyenda`): none, the first (up to `upper`) or a later one.
    struct LegendItem {
        var shade: Int
        var none: Bool
        var first: Bool
        var later: Bool
        var lower: String
        var upper: String
    }

    var width: Int
    var height: Int
    var areas: [Area]
    var legend: [LegendItem]

    static let width = 600.0
    static let margin = 4.0

    /// Nil when the content has no outlines.
    init?(shapes: TerritoryShapes?, content: SiteContent, from path: String) {
        let data = content.data
        let drawn = shapes?.shapes.filter { data.territories[$0.territoryCode]?.isDivision ?? false } ?? []
        guard !drawn.isEmpty else { return nil }
        let points = drawn.flatMap { $0.polygons.flatMap { $0.flatMap { $0 } } }
        guard let minLon = points.map(\.0).min(), let maxLon = points.map(\.0).max(),
              let minLat = points.map(\.1).min(), let maxLat = points.map(\.1).max(), maxLon > minLon, maxLat > minLat else { return nil }
        let xScale = cos((minLat + maxLat) / 2 * .pi / 180)
        let scale = (Self.width - 2 * Self.margin) / ((maxLon - minLon) * xScale)
        let height = (maxLat - minLat) * scale + 2 * Self.margin
        func point(_ p: (Double, Double)) -> String {
            SVGNumber.format((p.0 - minLon) * xScale * scale + Self.margin) + " " + SVGNumber.format((maxLat - p.1) * scale + Self.margin)
        }
        // Five classes: none, then quartiles of the drawn territories with budget (OpenData's BudgetClasses).
        let figures = data.figures
        let classes = figures.budgetClasses(of: drawn.map(\.territoryCode))
        areas = drawn.compactMap { shape in
            guard let territory = data.territories[shape.territoryCode] else { return nil }
            let d = shape.polygons.map { polygon in
                polygon.map { ring in "M" + ring.map(point).joined(separator: "L") + "Z" }.joined()
            }.joined()
            let amount = figures.territory(shape.territoryCode).total.budget.modified ?? 0
            return Area(href: PageContext.href(from: path, to: TerritoryPage.path(territory)),
                        name: territory.name, amount: SpanishFormat.money(amount), d: d, shade: classes.shade(amount))
        }
        width = Int(Self.width)
        self.height = Int(height.rounded(.up))
        legend = [LegendItem(shade: 0, none: true, first: false, later: false, lower: "", upper: "")] + classes.ranges.map { range in
            LegendItem(shade: range.shade, none: false, first: range.shade == 1, later: range.shade != 1,
                       lower: SpanishFormat.money(range.lower), upper: SpanishFormat.money(range.upper))
        }
    }
}
