import Foundation
import OpenData
import Testing
@testable import SiteGen

/// The site and the open data agree: every territory page's dashboard (the tables beside its SVG
/// charts and its two progress figures) holds the numbers of the territory's `resumen.csv`, and the
/// "Total de la ciudad" column those of the whole city's `resumen.csv`. Read from the built files.
@Suite(.tags(.site)) struct DashboardResumenAgreementTests {
    static let site: Result<URL, Error> = Result { try TestSupport.build(TestSupport.defaultContent) }

    static let phaseColumns = ["presupuesto_inicial", "presupuesto_modificado", "ejecutado", "obligado", "pagado"]
    static let shareColumns = ["parte_ciudad_inicial", "parte_ciudad_modificado", "parte_ciudad_ejecutado",
                               "parte_ciudad_obligado", "parte_ciudad_pagado"]
    static let bandColumns = ["proyectos_sin_avance", "proyectos_avance_menor_50", "proyectos_avance_50_a_99",
                              "proyectos_terminados", "proyectos_sin_dato_avance"]

    @Test func everyTerritoryDashboardMatchesItsResumen() throws {
        let output = try Self.site.get()
        let territories = try TestSupport.csvRows(output.appendingPathComponent("datos/territorios.csv"))
        let city = try #require(try TestSupport.csvRows(output.appendingPathComponent("datos/ciudad-completa/resumen.csv")).first)
        #expect(city["fila"] == "total" && city["codigo_territorio"] == "")
        var agencyLines = 0, bandCharts = 0
        for territory in territories {
            let slug = try #require(territory["slug"])
            let html = try TestSupport.read(output.appendingPathComponent("territorios/\(slug)/index.html"))
            let rows = try TestSupport.csvRows(output.appendingPathComponent("datos/territorios/\(slug)/resumen.csv"))
            let total = try #require(rows.first)
            #expect(total["fila"] == "total" && total["codigo_territorio"] == territory["codigo"], "\(slug)")

            let phases = try #require(Self.table(html, chart: "grafico-fases"), "\(slug)")
            #expect(phases.count == 5, "\(slug)")
            for (index, row) in phases.enumerated() {
                #expect(Self.money(row.cells[0]) == Self.integer(total[Self.phaseColumns[index]]), "\(slug) \(row.label)")
                #expect(Self.money(row.cells[1]) == Self.integer(city[Self.phaseColumns[index]]), "\(slug) \(row.label)")
                #expect(Self.percent(row.cells[2]) == Self.number(total[Self.shareColumns[index]]), "\(slug) \(row.label)")
            }

            let agencies = try #require(Self.table(html, chart: "grafico-organismos"), "\(slug)")
            let agencyRows = rows.dropFirst()
            #expect(agencies.count == agencyRows.count, "\(slug)")
            for (line, row) in zip(agencies, agencyRows) {
                #expect(row["fila"] == "organismo" && line.label == row["organismo"], "\(slug)")
                #expect(Self.money(line.cells[0]) == (Self.integer(row["presupuesto_modificado"]) ?? 0), "\(slug) \(line.label)")
                #expect(Int64(line.cells[1].filter(\.isNumber)) == Self.integer(row["proyectos"]), "\(slug) \(line.label)")
            }
            agencyLines += agencies.count

            let bands = try #require(Self.table(html, chart: "grafico-avance"), "\(slug)")
            if Self.integer(total["proyectos"]) == 0 {
                #expect(bands.isEmpty, "\(slug)")
            } else {
                #expect(bands.map { Int64($0.cells[0].filter(\.isNumber)) } == Self.bandColumns.map { Self.integer(total[$0]) }, "\(slug)")
                bandCharts += 1
            }

            for (label, column) in [("Avance físico (ponderado por presupuesto)", "avance_fisico_ponderado"),
                                    ("Avance financiero (ejecutado sobre modificado)", "avance_financiero")] {
                let shown = try #require(Self.strong(html, after: label + ": "), "\(slug) \(label)")
                let published = Self.number(total[column])
                if let page = Self.percent(shown), let published {
                    // The page shows one decimal, the dataset two.
                    #expect(abs(page - published) <= 0.0551, "\(slug) \(label): \(shown) vs \(published)")
                } else {
                    #expect(shown == "—" && published == nil, "\(slug) \(label)")
                }
            }
        }
        // Every territory of territorios.csv was read, and the charts were not all empty.
        #expect(territories.count == 39)
        #expect(agencyLines > 40 && bandCharts > 20)
    }

    /// The rows of a chart's data table: the row header and the number cells; empty when the chart
    /// says it has no data; nil when the chart is missing.
    static func table(_ html: String, chart id: String) -> [(label: String, cells: [String])]? {
        guard let start = html.range(of: "<figcaption id=\"\(id)-titulo\">"),
              let end = html.range(of: "</figure>", range: start.upperBound..<html.endIndex) else { return nil }
        let figure = html[start.upperBound..<end.lowerBound]
        guard let body = figure.range(of: "<tbody>"), let bodyEnd = figure.range(of: "</tbody>") else { return [] }
        return figure[body.upperBound..<bodyEnd.lowerBound].components(separatedBy: "</tr>").dropLast().map { row in
            let label = row.components(separatedBy: "<th scope=\"row\">").last?.components(separatedBy: "</th>").first ?? ""
            let cells = row.components(separatedBy: "<td class=\"num\">").dropFirst().map { $0.components(separatedBy: "</td>")[0] }
            return (unescape(label), cells)
        }
    }

    /// The text of the `<strong>` right after `prefix`.
    static func strong(_ html: String, after prefix: String) -> String? {
        guard let start = html.range(of: prefix + "<strong>"),
              let end = html.range(of: "</strong>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// "$ 1.234.567" or "-$ 5" as pesos; nil for "—".
    static func money(_ text: String) -> Int64? {
        guard text != "—" else { return nil }
        let digits = Int64(text.filter(\.isNumber))
        return text.hasPrefix("-") ? digits.map { -$0 } : digits
    }

    /// "3,26 %" as 3.26; nil for "—".
    static func percent(_ text: String) -> Double? {
        guard text != "—" else { return nil }
        return Double(text.replacingOccurrences(of: " %", with: "").replacingOccurrences(of: ".", with: "")
            .replacingOccurrences(of: ",", with: "."))
    }

    static func integer(_ cell: String?) -> Int64? { cell.flatMap { Int64($0) } }
    static func number(_ cell: String?) -> Double? { cell.flatMap { Double($0) } }
}
