import Foundation
import OpenData
import Testing
@testable import SiteGen

/// The real Cuadro 1S workbook (.xlsx, first sheet, header on row 9) read as it is: its dirty dates
/// give warnings at the right row and column, "$ -" reads as zero, nothing crashes. The expected
/// cells are found here by a separate reading of the workbook (Python's zipfile and ElementTree).
@Suite(.tags(.external), .realData) struct RealWorkbookTests {
    static let workbook = "CUADRO_1S_I_Trimestre_2025.xlsx"

    /// Every non-empty cell of the first sheet from row 9 on, as `row<TAB>column<TAB>type<TAB>text`.
    static let script = #"""
import sys, zipfile, json
import xml.etree.ElementTree as ET
m = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
z = zipfile.ZipFile(sys.argv[1])
strings = [''.join(t.text or '' for t in si.iter(m + 't')) for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall(m + 'si')]
def column(ref):
    n = 0
    for ch in ref:
        if not ch.isalpha(): break
        n = n * 26 + ord(ch) - 64
    return n
cells = []
for row in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iter(m + 'row'):
    r = int(row.get('r'))
    for c in row.findall(m + 'c'):
        v = c.find(m + 'v')
        if v is None or r < 9: continue
        t = c.get('t', 'n')
        cells.append([r, column(c.get('r')), t, strings[int(v.text)] if t == 's' else v.text])
json.dump(cells, sys.stdout)
"""#

    struct Cell {
        var row: Int
        var column: Int
        var isString: Bool
        var text: String
    }

    static func cells() throws -> [Cell] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, TestSupport.realFile(workbook).path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let raw = try #require(try JSONSerialization.jsonObject(with: data) as? [[Any]])
        return raw.map { Cell(row: $0[0] as! Int, column: $0[1] as! Int, isString: ($0[2] as! String) == "s", text: $0[3] as! String) }
    }

    /// A d/m/yyyy or m/d/yyyy text that is a real date either way round.
    static func isSlashDate(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              let a = Int(parts[0]), let b = Int(parts[1]), let y = Int(parts[2]), (1900...2200).contains(y) else { return false }
        func valid(_ d: Int, _ m: Int) -> Bool {
            var c = DateComponents(); c.year = y; c.month = m; c.day = d
            return (1...12).contains(m) && (1...31).contains(d) && Calendar(identifier: .gregorian).date(from: c)
                .map { Calendar(identifier: .gregorian).component(.day, from: $0) == d } ?? false
        }
        return valid(a, b) || valid(b, a)
    }

    static let loaded: Result<(Diagnostics, URL, [Cell]), Error> = Result {
        let content = try TestSupport.content(copying: ["informes-1s/2025-T1.xlsx": TestSupport.realFile(workbook)])
        let (_, diagnostics) = SiteBuilder(options: .init(content: content, output: URL(fileURLWithPath: "/dev/null"))).check()
        return (diagnostics, try TestSupport.build(content), try cells())
    }

    @Test func dirtyDatesWarnAtTheirRowAndColumn() throws {
        let (diagnostics, _, cells) = try Self.loaded.get()
        #expect(diagnostics.errorCount == 0)
        let header = Dictionary(cells.filter { $0.row == 9 }.map { ($0.column, $0.text) }, uniquingKeysWith: { a, _ in a })
        let dateColumns = Set(header.filter { ["Fecha Inicio", "Fecha Fin"].contains($0.value) }.keys)
        #expect(dateColumns.count == 2)
        let expected = Set(cells.filter { cell in
            let text = cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
            return cell.row > 9 && dateColumns.contains(cell.column) && cell.isString
                && !["N/A", "NA", ""].contains(text) && !Self.isSlashDate(text)
        }.map { "informes-1s/2025-T1.xlsx[MEDE01.03.01.P01.F05]:\($0.row):\($0.column): warning: \(header[$0.column]!): \"\($0.text.trimmingCharacters(in: .whitespacesAndNewlines))\" is not a date" })
        #expect(expected.count >= 5)
        #expect(expected.contains("informes-1s/2025-T1.xlsx[MEDE01.03.01.P01.F05]:1022:50: warning: Fecha Fin: \"3011/2025\" is not a date"))
        let reported = Set(diagnostics.items.filter { $0.message.contains("is not a date") }
            .map { String($0.formatted.drop { $0 != "/" }.dropFirst()) })
        #expect(reported == expected)
    }

    @Test func dollarDashIsZeroWithoutWarning() throws {
        let (diagnostics, output, cells) = try Self.loaded.get()
        let paysColumn = try #require(cells.first { $0.row == 9 && $0.text == "Pagos" }?.column)
        let dashRows = Set(cells.filter { $0.column == paysColumn && $0.text.trimmingCharacters(in: .whitespaces) == "$ -" }.map(\.row))
        #expect(dashRows.count > 1000)
        #expect(!diagnostics.items.contains { $0.message.contains("$ -") })
        let activities = try TestSupport.csvRows(output.appendingPathComponent("datos/ciudad-completa/actividades.csv"))
        let read = activities.filter { dashRows.contains(Int($0["fila_fuente"] ?? "") ?? 0) }
        #expect(read.count >= dashRows.count - 5, "rows with \"$ -\" are published")
        #expect(read.allSatisfy { $0["pagado"] == "0" })
    }

    @Test func repeatedActivityCodeWithOtherDataIsAWarningAndCounted() throws {
        let (diagnostics, output, _) = try Self.loaded.get()
        #expect(diagnostics.items.contains { $0.severity == .warning && $0.message.hasPrefix("activity BP260054821030108 appears again with different data") })
        let activities = try TestSupport.csvRows(output.appendingPathComponent("datos/ciudad-completa/actividades.csv"))
        #expect(activities.filter { $0["codigo_actividad"] == "BP260054821030108" }.count == 2)
    }
}
