import Foundation
import OpenData
import Testing
@testable import SiteGen

/// With both real territorial cuts, the 2025-T2 "Qué cambió" page lists the activities that appear
/// and disappear and the projects whose modified budget changed, as computed here from the raw CSVs.
@Suite(.tags(.site), .realData) struct ChangesPageTests {
    static let site: Result<URL, Error> = Result {
        let content = try TestSupport.content(copying: [
            "informes-1s/2025-T1.csv": TestSupport.realFile(TestSupport.cuadroT1),
            "informes-1s/2025-T2.csv": TestSupport.realFile(TestSupport.cuadroT2),
        ])
        return try TestSupport.build(content)
    }

    /// The raw rows of a territorial CSV: (BP, activity code, comuna, modified budget).
    static func rows(_ suffix: String) throws -> [(bp: String, code: String, comuna: String, modified: Int64)] {
        var problems: [CSVParser.LayoutProblem] = []
        let records = CSVParser().parse(try TestSupport.read(TestSupport.realFile(suffix)), problems: &problems)
        let header = try #require(records.first).fields
        let bp = try #require(header.firstIndex(of: "Cód BP")), code = try #require(header.firstIndex(of: "Cód Actividad"))
        let comuna = try #require(header.firstIndex(of: "Comuna")), modified = try #require(header.firstIndex(of: "Presupuesto Modificado"))
        return records.dropFirst().filter { !$0[bp].isEmpty }.map { record in
            let digits = record[modified].filter(\.isNumber)
            return (record[bp].trimmingCharacters(in: .whitespaces), record[code].trimmingCharacters(in: .whitespaces),
                    record[comuna].trimmingCharacters(in: .whitespaces), Int64(digits) ?? 0)
        }
    }

    /// The part of `html` between two markers.
    static func section(_ html: String, from start: String, to end: String) -> String {
        guard let lower = html.range(of: start) else { return "" }
        let rest = html[lower.upperBound...]
        return String(rest[..<(rest.range(of: end)?.lowerBound ?? rest.endIndex)])
    }

    @Test func whatChangedInT2() throws {
        let t1 = try Self.rows(TestSupport.cuadroT1), t2 = try Self.rows(TestSupport.cuadroT2)
        func keys(_ rows: [(bp: String, code: String, comuna: String, modified: Int64)]) -> Set<String> {
            Set(rows.map { "\($0.bp)|\($0.code)|\(Int(Double($0.comuna) ?? -1))" })
        }
        let added = keys(t2).subtracting(keys(t1)), dropped = keys(t1).subtracting(keys(t2))
        #expect(added.count == 8)
        #expect(dropped.count == 4)
        var before: [String: Int64] = [:], after: [String: Int64] = [:]
        for row in t1 { before[row.bp, default: 0] += row.modified }
        for row in t2 { after[row.bp, default: 0] += row.modified }
        let changed = Set(before.keys).intersection(after.keys).filter { before[$0] != after[$0] }.sorted()
        #expect(changed.count == 3)
        #expect(before["BP26005745"] == 50_000_000 && after["BP26005745"] == 197_552_792)

        let output = try Self.site.get()
        let html = try TestSupport.read(output.appendingPathComponent("informes/2025-T2/cambios/index.html"))
        #expect(html.contains("<dt>Actividades nuevas</dt><dd>8</dd>"))
        #expect(html.contains("<dt>Actividades retiradas</dt><dd>4</dd>"))
        #expect(html.contains("<dt>Proyectos con cambio de presupuesto</dt><dd>3</dd>"))
        let newPart = Self.section(html, from: "<h3>Actividades nuevas</h3>", to: "</ul>")
        let droppedPart = Self.section(html, from: "<h3>Actividades retiradas</h3>", to: "</ul>")
        #expect(newPart.components(separatedBy: "<li>").count - 1 == added.count)
        #expect(droppedPart.components(separatedBy: "<li>").count - 1 == dropped.count)
        for key in added {
            let parts = key.split(separator: "|")
            #expect(newPart.contains("<span class=\"codigo\">\(parts[1])</span>") && newPart.contains(String(parts[0])), "\(key)")
        }
        for key in dropped {
            let parts = key.split(separator: "|")
            #expect(droppedPart.contains("<span class=\"codigo\">\(parts[1])</span>") && droppedPart.contains(String(parts[0])), "\(key)")
        }
        let budgetPart = Self.section(html, from: "<caption>Cambios de presupuesto modificado</caption>", to: "</table>")
        #expect(budgetPart.components(separatedBy: "<tr>").count - 2 == changed.count)
        for bp in changed {
            let row = Self.section(budgetPart, from: bp, to: "</tr>")
            #expect(row.contains(SpanishFormat.money(before[bp])) && row.contains(SpanishFormat.money(after[bp])), "\(bp): \(row)")
        }
        #expect(html.contains("$\u{00A0}50.000.000") && html.contains("$\u{00A0}197.552.792"))
    }

    @Test func projectAndTerritoryPagesShowTheirChanges() throws {
        let output = try Self.site.get()
        let project = try TestSupport.read(output.appendingPathComponent("proyectos/BP26005745/index.html"))
        #expect(project.contains("Qué cambió desde el Trimestre I de 2025"))
        let budgetPart = Self.section(project, from: "<caption>Cambios de presupuesto modificado</caption>", to: "</table>")
        #expect(budgetPart.contains("$\u{00A0}50.000.000") && budgetPart.contains("$\u{00A0}197.552.792"))
        // The time series across cuts: one row per cut, in order.
        let history = Self.section(project, from: "<h2 id=\"historia\">", to: "</table>")
        let rows = history.components(separatedBy: "<tr><th scope=\"row\">").dropFirst()
        #expect(rows.count == 2)
        #expect(rows.first?.contains("Trimestre I de 2025") == true && rows.first?.contains("$\u{00A0}50.000.000") == true)
        #expect(rows.last?.contains("Trimestre II de 2025") == true && rows.last?.contains("$\u{00A0}197.552.792") == true)
        let territories = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("territorios").path)
        let withChanges = try territories.filter { slug in
            let url = output.appendingPathComponent("territorios/\(slug)/index.html")
            guard FileManager.default.fileExists(atPath: url.path) else { return false }
            return try TestSupport.read(url).contains("Qué cambió desde el Trimestre I de 2025")
        }
        #expect(withChanges.count >= 30)
    }

    @Test func aSingleCutHasNoChangesPage() throws {
        let content = try TestSupport.content(copying: ["informes-1s/2025-T1.csv": TestSupport.realFile(TestSupport.cuadroT1)])
        let output = try TestSupport.build(content)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("informes/2025-T1/cambios/index.html").path))
        #expect(!(try TestSupport.read(output.appendingPathComponent("territorios/comuna-01/index.html")).contains("Qué cambió")))
    }
}
