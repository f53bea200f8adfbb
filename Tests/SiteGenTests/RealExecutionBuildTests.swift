import Foundation
import OpenData
import Testing
@testable import SiteGen

/// Builds a site from the real budget execution excerpt (UTF-8 with BOM, ';', padded headers,
/// " -   " zeros, multi-line quoted fields) with the real Cuadro 1S, and checks its per-territory
/// totals against a computation made here from the raw file, independently of sitegen's reader.
@Suite(.tags(.site), .realData) struct RealExecutionBuildTests {
    static let excerpt = "EXCERPT_EJECUCION_MARZO_2025.csv"

    static let site: Result<URL, Error> = Result {
        let content = try TestSupport.content(copying: [
            "ejecucion/2025-03.csv": TestSupport.realFile(excerpt),
            "informes-1s/2025-T1.csv": TestSupport.realFile(TestSupport.cuadroT1),
        ])
        return try TestSupport.build(content)
    }

    let output: URL
    init() throws { output = try Self.site.get() }

    /// Sums per territory code computed from the raw file.
    struct Expected {
        var lines = 0
        var initial: Int64 = 0
        var modified: Int64 = 0
        var committed: Int64 = 0
        var obligated: Int64 = 0
        var paid: Int64 = 0
        var participatoryModified: Int64 = 0
    }

    static func expected() throws -> [Int: Expected] {
        var bytes = try Data(contentsOf: TestSupport.realFile(excerpt))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        bytes = bytes.dropFirst(3)
        let rows = RawSplit.rows(String(decoding: bytes, as: UTF8.self), delimiter: ";")
        let header = rows[0].map { $0.trimmingCharacters(in: .whitespaces) }
        func index(_ name: String) -> Int { header.firstIndex(of: name)! }
        let territory = index("COMUNA"), origin = index("Origen")
        var sums: [Int: Expected] = [:]
        for row in rows.dropFirst() where row.count == header.count {
            let code = territoryCode(row[territory])
            var e = sums[code] ?? Expected()
            e.lines += 1
            e.initial += pesos(row[index("PPTO INICIAL")])
            e.modified += pesos(row[index("PPTO. MODIFICADO")])
            e.committed += pesos(row[index("TOTAL ACUMULADO RPC")])
            e.obligated += pesos(row[index("TOTAL ACUMUL OBLIGAC")])
            e.paid += pesos(row[index("PAGOS")])
            if row[origin].trimmingCharacters(in: .whitespaces) == "Territorio" {
                e.participatoryModified += pesos(row[index("PPTO. MODIFICADO")])
            }
            sums[code] = e
        }
        return sums
    }

    /// " 44.893.000 " → 44893000, " -   " → 0, "-1.234" → -1234.
    static func pesos(_ raw: String) -> Int64 {
        let text = raw.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "$", with: "")
        if text == "-" || text.isEmpty { return 0 }
        let negative = text.hasPrefix("-")
        let digits = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: "-", with: "")
        return (Int64(digits) ?? Int64.min) * (negative ? -1 : 1)
    }

    static let corregimientos = ["NAVARRO": 51, "EL HORMIGUERO": 52, "PANCE": 53, "LA BUITRERA": 54, "VILLACARMELO": 55,
                                 "LOS ANDES": 56, "PICHINDE": 57, "LA LEONERA": 58, "FELIDIA": 59, "EL SALADITO": 60,
                                 "LA ELVIRA": 61, "LA CASTILLA": 62, "LA PAZ": 63, "MONTEBELLO": 64, "GOLONDRINAS": 65]

    static func territoryCode(_ raw: String) -> Int {
        let name = raw.trimmingCharacters(in: .whitespaces)
        if name == "SANTIAGO DE CALI" { return 99 }
        if name.hasPrefix("COMUNA "), let n = Int(name.dropFirst(7)) { return n }
        return corregimientos[name] ?? -1
    }

    @Test func totalsPerTerritoryMatchTheRawFile() throws {
        let expected = try Self.expected()
        #expect(expected[-1] == nil, "the test could not place some rows")
        #expect(expected.values.reduce(0) { $0 + $1.lines } == 1121)
        var checked = 0
        for territory in TerritoryCatalog.builtIn.territories {
            let rows = try TestSupport.csvRows(output.appendingPathComponent("datos/territorios/\(territory.slug)/ejecucion.csv"))
            let e = expected[territory.code] ?? Expected()
            func sum(_ column: String) -> Int64 { rows.reduce(0) { $0 + (Int64($1[column] ?? "") ?? 0) } }
            #expect(rows.count == e.lines, "\(territory.slug)")
            #expect(sum("presupuesto_inicial") == e.initial, "\(territory.slug)")
            #expect(sum("presupuesto_modificado") == e.modified, "\(territory.slug)")
            #expect(sum("ejecutado") == e.committed, "\(territory.slug)")
            #expect(sum("obligado") == e.obligated, "\(territory.slug)")
            #expect(sum("pagado") == e.paid, "\(territory.slug)")
            let participatory = rows.filter { $0["presupuesto_participativo"] == "1" }
            #expect(participatory.reduce(0) { $0 + (Int64($1["presupuesto_modificado"] ?? "") ?? 0) } == e.participatoryModified,
                    "\(territory.slug)")
            #expect(rows.allSatisfy { $0["codigo_territorio"] == String(territory.code) })
            if e.lines > 0 { checked += 1 }
        }
        #expect(checked == 38)
        let city = try TestSupport.csvRows(output.appendingPathComponent("datos/ciudad-completa/ejecucion.csv"))
        #expect(city.count == 1121)
        let json = try TestSupport.jsonRows(output.appendingPathComponent("datos/ciudad-completa/ejecucion.json"))
        #expect(json.count == 1121)
    }

    @Test func multiLineFieldsKeepTheirLineBreakAndSourceLine() throws {
        let city = try TestSupport.csvRows(output.appendingPathComponent("datos/ciudad-completa/ejecucion.csv"))
        let multi = city.filter { ($0["actividad"] ?? "").contains("\n") }
        #expect(!multi.isEmpty)
        let lines = city.compactMap { Int($0["fila_fuente"] ?? "") }
        #expect(lines.first == 2)
        #expect(lines.max()! > 1122, "rows after a multi-line field start on later physical lines")
    }

    @Test func territoryPageShowsParticipatoryBudget() throws {
        let expected = try Self.expected()[21]!
        let html = try TestSupport.read(output.appendingPathComponent("territorios/comuna-21/index.html"))
        #expect(html.contains("Ejecución presupuestal a marzo de 2025"))
        #expect(html.contains("Proyectos con presupuesto participativo"))
        #expect(html.contains(SpanishFormat.money(expected.participatoryModified)))
    }

    @Test func projectPageJoinsExecutionByBPCode() throws {
        let city = try TestSupport.csvRows(output.appendingPathComponent("datos/ciudad-completa/ejecucion.csv"))
        let projects = try TestSupport.csvRows(output.appendingPathComponent("datos/ciudad-completa/proyectos.csv"))
        let inBoth = Set(projects.compactMap { $0["bp"] }).intersection(city.filter { $0["presupuesto_participativo"] == "1" }.compactMap { $0["bp"] })
        let bp = try #require(inBoth.sorted().first)
        let modified = city.filter { $0["bp"] == bp }.reduce(Int64(0)) { $0 + (Int64($1["presupuesto_modificado"] ?? "") ?? 0) }
        let html = try TestSupport.read(output.appendingPathComponent("proyectos/\(bp)/index.html"))
        #expect(html.contains("Ejecución presupuestal a marzo de 2025"))
        #expect(html.contains("Presupuesto participativo"))
        #expect(html.contains(SpanishFormat.money(modified)))
    }
}

/// A deliberately naive splitter for the tests: quotes toggle, doubled quotes are one quote, the
/// delimiter and line ends split only outside quotes. Independent of OpenData's CSVParser.
enum RawSplit {
    static func rows(_ text: String, delimiter: Character) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text)
        chars.append("\n")
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == delimiter {
                row.append(field); field = ""
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                row.append(field); field = ""
                if row.count > 1 || !(row.first ?? "").isEmpty { rows.append(row) }
                row = []
            } else {
                field.append(c)
            }
            i += 1
        }
        return rows
    }
}
