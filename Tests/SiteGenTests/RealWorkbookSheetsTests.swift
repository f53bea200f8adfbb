import Foundation
import OpenData
import Testing

/// Every sheet of the four real Cuadro 1S workbooks opens and reads: its rows with content, its
/// non-empty cells, and each text cell at its row and column, as an independent reading finds them
/// (Python's zipfile and ElementTree, in this test).
@Suite(.tags(.external), .realData) struct RealWorkbookSheetsTests {
    static let workbooks = [
        "CUADRO_1S_I_Trimestre_2025.xlsx", "CUADRO_1S_II_Trimestre_2025.xlsx",
        "CUADRO_1S_Septiembre_2024.xlsx", "CUADRO_1S_Organismos_Junio_2024.xlsx",
    ]

    /// Per sheet, in order: its name, rows with a non-empty cell, non-empty cells, and every text
    /// cell (shared, inline or formula string) as `row<TAB>column<TAB>text`, cleaned as sitegen
    /// cleans text (Excel's _xHHHH_ escapes, line ends, NFC).
    static let script = #"""
import sys, zipfile, json, re, unicodedata
import xml.etree.ElementTree as ET
m = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
r = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
z = zipfile.ZipFile(sys.argv[1])
def text(node):
    out = ''
    for child in node:
        if child.tag == m + 't': out += child.text or ''
        elif child.tag == m + 'r': out += ''.join(t.text or '' for t in child.iter(m + 't'))
    return out
def clean(s):
    s = re.sub(r'_x([0-9A-Fa-f]{4})_', lambda g: chr(int(g.group(1), 16)), s)
    return unicodedata.normalize('NFC', s.replace('\r\n', '\n').replace('\r', '\n'))
strings = [clean(text(si)) for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall(m + 'si')] if 'xl/sharedStrings.xml' in z.namelist() else []
rels = {x.get('Id'): x.get('Target') for x in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
def column(ref):
    n = 0
    for ch in ref:
        if not ch.isalpha(): break
        n = n * 26 + ord(ch) - 64
    return n
out = []
for sheet in ET.fromstring(z.read('xl/workbook.xml')).iter(m + 'sheet'):
    target = rels[sheet.get(r + 'id')]
    path = target[1:] if target.startswith('/') else 'xl/' + target
    rows = cells = 0
    texts = []
    for row in ET.fromstring(z.read(path)).iter(m + 'row'):
        number = int(row.get('r'))
        filled = 0
        for c in row.findall(m + 'c'):
            t = c.get('t', 'n')
            v = c.find(m + 'v')
            if t == 's': value = strings[int(v.text)] if v is not None else ''
            elif t == 'inlineStr': value = clean(text(c.find(m + 'is'))) if c.find(m + 'is') is not None else ''
            elif t == 'str': value = clean(v.text or '') if v is not None else ''
            else: value = (v.text or '') if v is not None else ''
            if value != '':
                filled += 1
                if t in ('s', 'inlineStr', 'str'): texts.append('%d\t%d\t%s' % (number, column(c.get('r')), value))
        if filled:
            rows += 1
            cells += filled
    out.append([sheet.get('name'), rows, cells, texts])
json.dump(out, sys.stdout)
"""#

    static func independentReading(_ url: URL) throws -> [[Any]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[Any]])
    }

    @Test(arguments: workbooks) func everySheetReadsAsAnIndependentReadingFindsIt(_ name: String) throws {
        let url = TestSupport.realFile(name)
        let expected = try Self.independentReading(url)
        var diagnostics = Diagnostics()
        let workbook = try #require(XLSXWorkbook.open(url, displayPath: "informes-1s/x.xlsx", diagnostics: &diagnostics))
        #expect(workbook.sheetNames == expected.map { $0[0] as! String })
        for (index, sheet) in expected.enumerated() {
            let source = try #require(workbook.sheet(index, diagnostics: &diagnostics))
            var rows = 0, cells = 0
            var texts = Set<String>()
            let wanted = Set(sheet[3] as! [String])
            source.forEachRecord { row in
                rows += 1
                for column in 0..<row.count where !row[column].isEmpty {
                    cells += 1
                    let text = "\(row.line)\t\(column + 1)\t\(row.string(column))"
                    if wanted.contains(text) { texts.insert(text) }
                }
                return true
            }
            #expect(rows == sheet[1] as! Int, "\(name)[\(sheet[0])] rows")
            #expect(cells == sheet[2] as! Int, "\(name)[\(sheet[0])] cells")
            #expect(texts == wanted, "\(name)[\(sheet[0])]: \(wanted.subtracting(texts).sorted().prefix(3))")
        }
        #expect(diagnostics.items.isEmpty)
    }
}
