import Foundation
import OpenData
import Testing
@testable import SiteGen

/// Every territory the Alcaldía's real files write — the `Comuna` column of each form-layout
/// Cuadro 1S workbook (codes in 2025, names such as "COMUNA 6" and "PICHINDÉ" in September 2024)
/// and the `COMUNA` column of the budget execution exports — is known to the default content's
/// `territorios.csv` and to the built-in catalog. The values are read here by a separate program
/// (Python's zipfile, ElementTree and csv), not by sitegen's readers.
@Suite(.tags(.external), .realData) struct RealTerritorySpellingsTests {
    static let files = [
        "CUADRO_1S_Septiembre_2024.xlsx", "CUADRO_1S_I_Trimestre_2025.xlsx", "CUADRO_1S_II_Trimestre_2025.xlsx",
        "EJECUCION_MAYO_2025.csv", "EXCERPT_EJECUCION_MARZO_2025.csv",
    ]

    /// Prints `{file: [distinct values of the territory column]}` for the files given.
    static let script = #"""
import sys, zipfile, json, csv, io, re, unicodedata
import xml.etree.ElementTree as ET
m = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
def fold(s):
    s = unicodedata.normalize('NFD', s or '')
    return ' '.join(''.join(c for c in s if not unicodedata.combining(c)).lower().split())
def column(ref, fallback):
    letters = re.match(r'[A-Z]*', ref or '').group(0)
    if not letters: return fallback
    n = 0
    for ch in letters: n = n * 26 + ord(ch) - 64
    return n
def workbook(path):
    z = zipfile.ZipFile(path)
    strings = []
    if 'xl/sharedStrings.xml' in z.namelist():
        strings = [''.join(t.text or '' for t in si.iter(m + 't')) for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall(m + 'si')]
    found = set()
    for name in sorted(n for n in z.namelist() if re.match(r'xl/worksheets/sheet\d+\.xml$', n)):
        target, rows = None, 0
        for _, row in ET.iterparse(z.open(name)):
            if row.tag != m + 'row': continue
            rows += 1
            cells = {}
            for i, c in enumerate(row.findall(m + 'c'), 1):
                t = c.get('t', 'n')
                if t == 'inlineStr':
                    text = ''.join(x.text or '' for x in c.iter(m + 't'))
                else:
                    v = c.find(m + 'v')
                    text = None if v is None else (strings[int(v.text)] if t == 's' else v.text)
                if text is not None: cells[column(c.get('r'), i)] = text
            row.clear()
            if target is None:
                hits = [k for k, v in cells.items() if fold(v) == 'comuna']
                if hits: target = hits[0]
                elif rows > 40: break
                continue
            value = cells.get(target, '').strip()
            if value: found.add(value)
    return found
def export(path):
    rows = csv.reader(io.StringIO(open(path, encoding='utf-8-sig').read()), delimiter=';')
    header = [h.strip() for h in next(rows)]
    i = header.index('COMUNA')
    return {r[i].strip() for r in rows if len(r) > i and r[i].strip()}
out = {}
for path in sys.argv[1:]:
    out[path] = sorted(workbook(path) if path.endswith('.xlsx') else export(path))
json.dump(out, sys.stdout)
"""#

    static func values() throws -> [String: [String]] {
        let paths = files.map { TestSupport.realFile($0).path }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + paths
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let raw = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String]])
        return Dictionary(uniqueKeysWithValues: raw.map { (URL(fileURLWithPath: $0.key).lastPathComponent, $0.value) })
    }

    @Test func everyTerritoryTheFilesWriteIsKnown() throws {
        var diagnostics = Diagnostics()
        let file = TestSupport.defaultContent.appendingPathComponent("territorios.csv")
        let source = try #require(CSVSource.read(file, displayPath: "content/territorios.csv", diagnostics: &diagnostics))
        let defaultContent = try #require(TerritoryCatalog.read(source, diagnostics: &diagnostics))
        #expect(diagnostics.items.isEmpty)
        let values = try Self.values()
        #expect(values.count == Self.files.count)
        for (name, texts) in values.sorted(by: { $0.key < $1.key }) {
            #expect(!texts.isEmpty, "\(name): no territory column found")
            for text in texts {
                #expect(defaultContent.resolve(text) != nil, "\(name): \"\(text)\"")
                #expect(TerritoryCatalog.builtIn.resolve(text) != nil, "\(name): \"\(text)\"")
            }
        }
        // The September 2024 cut writes names, not only codes; all 37 territories and 99 appear across the files.
        let september = try #require(values.first { $0.key.hasSuffix("Septiembre_2024.xlsx") }?.value)
        #expect(september.contains { Int($0) == nil })
        let codes = Set(values.values.joined().compactMap { defaultContent.resolve($0)?.code })
        #expect(codes == Set(TerritoryCatalog.builtIn.territories.map(\.code)))
    }
}
