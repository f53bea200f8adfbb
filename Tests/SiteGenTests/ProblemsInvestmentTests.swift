import Foundation
import OpenData
import Testing
@testable import SiteGen

/// The real territorial Cuadro 1S (T1 2025) plus a `problemas.csv` for comuna 1 written here, whose
/// problems cite the development-plan lines found in comuna 1's projects and one line absent there.
/// The projects and sums the site shows next to each problem are checked against a computation
/// made here from the raw CSV.
@Suite(.tags(.site), .realData) struct ProblemsInvestmentTests {
    /// What the test expects for one problem: the BP codes of comuna 1 in its line and their
    /// modified and executed budget.
    struct Expected {
        var line: String
        var problem: String
        var bps: Set<String>
        var modified: Int64
        var executed: Int64
    }

    static let absentLine = "9999"

    /// Comuna 1's rows of the real cut, read straight from the CSV: Nivel 1 and 2 codes, BP, money.
    static let expected: Result<[Expected], Error> = Result {
        let text = try String(contentsOf: TestSupport.realFile(TestSupport.cuadroT1), encoding: .utf8)
        var problems: [CSVParser.LayoutProblem] = []
        let records = CSVParser().parse(text, problems: &problems)
        let header = try #require(HeaderMap(records: records, required: ["Comuna", "Cód BP", "Nivel 1 PD Cód", "Nivel 2 PD Cód"]))
        let comuna = try #require(header.column("Comuna")), bp = try #require(header.column("Cód BP"))
        let level1 = try #require(header.column("Nivel 1 PD Cód")), level2 = try #require(header.column("Nivel 2 PD Cód"))
        let modified = try #require(header.column("Presupuesto Modificado")), executed = try #require(header.column("Ejecución"))
        let rows = records.dropFirst(header.headerIndex + 1).filter { Int($0[comuna].trimmingCharacters(in: .whitespaces)) == 1 }
        func trimmed(_ record: CSVRecord, _ column: Int) -> String { record[column].trimmingCharacters(in: .whitespacesAndNewlines) }
        let level2Codes = Set(rows.map { trimmed($0, level2) }).filter { !$0.isEmpty }.sorted()
        let level1Counts = Dictionary(grouping: rows, by: { trimmed($0, level1) }).mapValues { Set($0.map { trimmed($0, bp) }).count }
        let level1Code = try #require(level1Counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key)
        #expect(!level2Codes.contains(absentLine) && level1Counts[absentLine] == nil)
        return (level2Codes + [level1Code, absentLine]).enumerated().map { index, line in
            let matching = rows.filter { trimmed($0, level1) == line || trimmed($0, level2) == line }
            return Expected(line: line, problem: "Problema de prueba \(index + 1) de la línea \(line)",
                            bps: Set(matching.map { trimmed($0, bp) }),
                            modified: matching.reduce(0) { $0 + (ValueParsing.money($1[modified]).value ?? 0) },
                            executed: matching.reduce(0) { $0 + (ValueParsing.money($1[executed]).value ?? 0) })
        }
    }

    static let site: Result<URL, Error> = Result {
        let expected = try Self.expected.get()
        let csv = "territorio,linea_pd,problema,causas,consecuencias,poblacion_afectada,prioridad,documento_fuente,anio\n"
            + expected.enumerated().map { index, item in
                "COMUNA 01,\(item.line),\(item.problem),Causas de prueba,Consecuencias de prueba,1.200,\(index + 1),Diagnóstico de prueba,2025"
            }.joined(separator: "\n") + "\n"
        let content = try TestSupport.content(copying: ["informes-1s/2025-T1.csv": TestSupport.realFile(TestSupport.cuadroT1)],
                                              writing: ["diagnosticos/problemas.csv": csv])
        return try TestSupport.build(content)
    }

    let expected: [Expected]
    let output: URL

    init() throws {
        expected = try Self.expected.get()
        output = try Self.site.get()
    }

    @Test func theFixtureCoversPresentAndAbsentLines() {
        #expect(expected.count >= 3)
        #expect(expected.filter { !$0.bps.isEmpty }.count == expected.count - 1)
        #expect(expected.last?.bps.isEmpty == true)
    }

    @Test func datasetsHoldTheMatchingProjectsAndSums() throws {
        let folder = output.appendingPathComponent("datos/territorios/comuna-01")
        let csv = try TestSupport.csvRows(folder.appendingPathComponent("problemas.csv"))
        let json = try TestSupport.jsonRows(folder.appendingPathComponent("problemas.json"))
        #expect(csv.count == expected.count)
        #expect(json.count == expected.count)
        for item in expected {
            let row = try #require(csv.first { $0["linea_pd"] == item.line }, "no row for line \(item.line)")
            let bps = Set((row["bp_asociados"] ?? "").split(separator: ";").map(String.init))
            #expect(bps == item.bps, "line \(item.line)")
            #expect(row["proyectos_asociados"] == String(item.bps.count))
            #expect(row["presupuesto_modificado"] == String(item.modified), "line \(item.line)")
            #expect(row["ejecutado"] == String(item.executed), "line \(item.line)")
            #expect(row["inversion"] == (item.bps.isEmpty ? "sin inversión asociada" : "con inversión"))
            #expect(row["codigo_territorio"] == "1")
            #expect(row["corte"] == "2025-T1")
            let object = try #require(json.first { $0["linea_pd"] as? String == item.line })
            #expect((object["presupuesto_modificado"] as? NSNumber)?.int64Value == item.modified)
        }
        let city = try TestSupport.csvRows(output.appendingPathComponent("datos/ciudad-completa/problemas.csv"))
        #expect(city.count == expected.count)
        let other = try TestSupport.csvRows(output.appendingPathComponent("datos/territorios/comuna-02/problemas.csv"))
        #expect(other.isEmpty)
    }

    /// Each problem's article on the territory page lists exactly its projects and shows their sum.
    @Test func territoryPageShowsEachProblemBesideItsInvestment() throws {
        let html = try TestSupport.read(output.appendingPathComponent("territorios/comuna-01/index.html"))
        let articles = html.components(separatedBy: "<article class=\"problema\"").dropFirst()
            .map { $0.components(separatedBy: "</article>")[0] }
        #expect(articles.count == expected.count)
        for item in expected {
            let article = try #require(articles.first { $0.contains(item.problem) }, "no article for \(item.problem)")
            let linked = Set(article.matches(of: /proyectos\/(BP[0-9A-Za-z]+)\/index\.html/).map { String($0.output.1) })
            #expect(linked == item.bps, "line \(item.line)")
            if item.bps.isEmpty {
                #expect(article.contains("Sin inversión asociada"))
                #expect(!article.contains("class=\"suma\""))
            } else {
                #expect(article.contains("<strong class=\"suma\">\(SpanishFormat.money(item.modified))</strong>"), "line \(item.line)")
                #expect(!article.contains("Sin inversión asociada"))
            }
        }
    }

    @Test func cityRankingShowsComuna1Share() throws {
        let html = try TestSupport.read(output.appendingPathComponent("problemas-e-inversion/index.html"))
        let withInvestment = expected.filter { !$0.bps.isEmpty }.count
        let share = SpanishFormat.percent(Double(withInvestment) / Double(expected.count) * 100)
        let row = try #require(html.components(separatedBy: "<tr>").first { $0.contains("territorios/comuna-01/index.html") })
        #expect(row.contains(">\(expected.count)</td>"))
        #expect(row.contains(">\(withInvestment)</td>"))
        #expect(row.contains(share))
    }
}
