import Foundation
import OpenData
import Testing
@testable import SiteGen

/// The real June 2024 per-agency workbook built alone as `informes-1s/2024-T2.xlsx`. The expected
/// figures are computed here with openpyxl, not with sitegen's code: the project rows (`pr`) of the
/// agency sheets, and the summary sheet's own totals.
@Suite(.tags(.external), .realData, .enabled(if: CatalogTools.available, Comment(rawValue: CatalogTools.missing))) struct RealAgencyWorkbookTests {
    static let june = "CUADRO_1S_Organismos_Junio_2024.xlsx"
    static let september = "CUADRO_1S_Septiembre_2024.xlsx"

    /// Per agency sheet: its `pr` rows and their "Presupuesto definitivo". Where the row just above a
    /// `pr` row has no class but holds the project's own code (BP and 8 digits, the start of the `pr`
    /// row's code) with its budget, the project's budget is on that row (the sheet splits such
    /// projects in two rows). Also the summary sheet's TOTAL line (projects, definitivo), and the
    /// BP codes of the September 2024 form.
    static let script = #"""
import sys, json, re, openpyxl
def key(v):
    return re.sub(r'[^a-z0-9%]', '', str(v or '').lower().replace('ó', 'o').replace('í', 'i').replace('á', 'a'))
wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
count, modified, summary = 0, 0, None
for ws in wb.worksheets:
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    header = next((i for i, r in enumerate(rows[:40]) if 'clase' in [key(c) for c in r]), None)
    if header is None:
        for r in rows:
            if any(key(c) == 'total' for c in r[:2]) and isinstance(r[2], (int, float)):
                summary = {'projects': r[2], 'modified': r[6]}
        continue
    names = [key(c) for c in rows[header]]
    cls, bp = names.index('clase'), names.index('clasificacionbp')
    mod = next(i for i, n in enumerate(names) if n.startswith('presupuestodefinitivo'))
    previous = None
    for r in rows[header + 1:]:
        if all(c is None for c in r):
            continue
        if str(r[cls] or '').strip().lower() == 'pr':
            count += 1
            value = r[mod]
            code = re.sub(r'\D', '', str(r[bp] or ''))
            if previous is not None and previous[cls] is None and re.fullmatch(r'BP\d{8}', str(previous[bp] or '').strip()) \
                    and code.startswith(str(previous[bp]).strip()[2:]):
                value = previous[mod]
            modified += value if isinstance(value, (int, float)) else 0
        previous = r
september = set()
form = openpyxl.load_workbook(sys.argv[2], read_only=True, data_only=True).worksheets[0]
column = None
for r in form.iter_rows(values_only=True):
    if column is None:
        column = next((i for i, c in enumerate(r) if key(c) == 'codbp'), None)
    elif column < len(r) and r[column]:
        september.add(str(r[column]).strip())
json.dump({'projects': count, 'modified': modified, 'summary': summary, 'september': sorted(september)}, sys.stdout)
"""#

    struct Expected {
        var projects: Int
        var modified: Int64
        var summaryProjects: Int
        var summaryModified: Int64
        var september: Set<String>
    }

    static let built: Result<(Diagnostics, URL, Expected), Error> = Result {
        let content = try TestSupport.content(copying: ["informes-1s/2024-T2.xlsx": TestSupport.realFile(june)])
        let (_, diagnostics) = SiteBuilder(options: .init(content: content, output: URL(fileURLWithPath: "/dev/null"))).check()
        let (status, output) = try TestSupport.run([AgencyWorkbookTests.python, "-c", script,
                                                    TestSupport.realFile(june).path, TestSupport.realFile(september).path])
        guard status == 0, let json = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any],
              let summary = json["summary"] as? [String: Any] else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: output])
        }
        let expected = Expected(projects: json["projects"] as! Int, modified: (json["modified"] as! NSNumber).int64Value,
                                summaryProjects: summary["projects"] as! Int,
                                summaryModified: (summary["modified"] as! NSNumber).int64Value,
                                september: Set(json["september"] as! [String]))
        return (diagnostics, try TestSupport.build(content), expected)
    }

    @Test func theCitysProjectsAndBudgetAreTheProjectRows() throws {
        let (diagnostics, site, expected) = try Self.built.get()
        #expect(diagnostics.errorCount == 0)
        let projects = try TestSupport.csvRows(site.appendingPathComponent("datos/ciudad-completa/proyectos.csv"))
        let modified = projects.reduce(Int64(0)) { $0 + (Int64($1["presupuesto_modificado"] ?? "") ?? 0) }
        #expect(projects.count == expected.projects)
        #expect(modified == expected.modified)
        // The Alcaldía's own summary sheet agrees with the sum of the agency sheets' project rows.
        #expect(expected.projects == expected.summaryProjects)
        #expect(expected.modified == expected.summaryModified)
        #expect(projects.allSatisfy { $0["codigo_territorio"] == "99" && $0["corte"] == "2024-T2" })
        // The city-wide territory's dataset holds the same projects.
        let cityWide = try TestSupport.csvRows(site.appendingPathComponent("datos/territorios/ciudad/proyectos.csv"))
        #expect(cityWide.count == projects.count)
        // Every agency's figures agree with its summary line: no disagreement on the quality page.
        let quality = try TestSupport.read(site.appendingPathComponent("datos/ciudad-completa/calidad.csv"))
        #expect(!quality.contains("hoja de resumen"))
    }

    @Test func itsPagesAndDatasetsSayThereIsNoTerritorialBreakdown() throws {
        let (_, site, _) = try Self.built.get()
        let note = "El corte 2024-T2 no tiene desglose territorial"
        #expect(try TestSupport.read(site.appendingPathComponent("informes/2024-T2/index.html")).contains(note))
        let project = try TestSupport.csvRows(site.appendingPathComponent("datos/ciudad-completa/proyectos.csv"))[0]["bp"] ?? ""
        #expect(try TestSupport.read(site.appendingPathComponent("proyectos/\(project)/index.html")).contains(note))
        #expect(try TestSupport.read(site.appendingPathComponent("datos/ciudad-completa/datapackage.json")).contains(note))
        #expect(try TestSupport.read(site.appendingPathComponent("datos/ciudad-completa/proyectos/index.html")).contains(note))
        // A comuna's page shows this latest cut, which has none of its projects: it says why.
        #expect(try TestSupport.read(site.appendingPathComponent("territorios/comuna-06/index.html")).contains(note))
    }

    /// Most projects of June 2024 continue in September 2024 (the form layout): the BP codes read
    /// from this layout, including those written "BP-…", "BP …" or as a product code, are the
    /// codes the form uses.
    @Test func mostBPCodesContinueInSeptember() throws {
        let (_, site, expected) = try Self.built.get()
        let june = Set(try TestSupport.csvRows(site.appendingPathComponent("datos/ciudad-completa/proyectos.csv")).compactMap { $0["bp"] })
        let continuing = june.intersection(expected.september)
        #expect(continuing.count >= 626, "\(june.subtracting(expected.september).sorted())")
        #expect(june.subtracting(expected.september).count <= 6, "\(june.subtracting(expected.september).sorted())")
    }
}
