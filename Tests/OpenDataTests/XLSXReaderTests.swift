import Foundation
import Testing
@testable import OpenData

/// The workbook reader on crafted workbooks: every kind of cell, sparse rows, dates by style, and
/// untrusted files that each end in one clear error, fast.
@Suite(.tags(.unit)) struct XLSXReaderTests {
    typealias Crafted = XLSXCraftedWorkbook

    @Test func cellsOfEveryKind() throws {
        let strings = #"<si><t>Cód BP</t></si><si><r><t>rico </t></r><r><rPr><b/></rPr><t xml:space="preserve">texto</t></r><rPh sb="0" eb="1"><t>フリガナ</t></rPh></si>"#
            + #"<si><t>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#233;&#xF1;</t></si><si><t>línea_x000D_"# + "\r\n" + #"otra_x0041_</t></si><si/>"#
        let rows = #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>"#
            + #"<row r="2"><c r="A2" t="inlineStr"><is><t>en línea</t></is></c><c r="B2"><v>1.5E-2</v></c><c r="C2" t="b"><v>1</v></c>"#
            + ##"<c r="D2" t="b"><v>0</v></c><c r="E2" t="e"><v>#N/A</v></c><c r="F2" t="str"><f>A1&amp;"x"</f><v>Cód BPx</v></c>"##
            + #"<c r="G2"><f>1+1</f><v>2</v></c><c r="H2" t="s"><v>99</v></c><c r="I2"><v><![CDATA[12]]></v></c><c r="J2" t="s"><v>4</v></c></row>"#
        let (read, problems) = try Crafted.read(Crafted.zip(Crafted.parts(sheet: Crafted.sheet(rows), strings: strings)))
        #expect(problems.isEmpty)
        #expect(read == [
            #"1: ["Cód BP", "rico texto", "a & b <c> \"d\" \'e\' éñ", "línea\n\notraA"]"#,
            ##"2: ["en línea", "0.015", "TRUE", "FALSE", "#N/A", "Cód BPx", "2", "", "12", ""]"##,
        ])
    }

    @Test func sparseRowsAndCellsWithoutReferences() throws {
        // Row 1: a merged title (its value sits in A1 only); row 2 and its cells carry no `r`; row 5
        // skips columns; row 6 is empty; a prefixed namespace (`x:`) is read the same.
        let rows = #"<row r="1"><c r="A1" t="inlineStr"><is><t>Título</t></is></c><c r="B1"/><c r="C1"/></row>"#
            + #"<row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c><c r="E2"><v>5</v></c><c><v>6</v></c></row>"#
            + #"<row r="5" spans="1:30"><c r="C5"><v>3</v></c><c r="AD5"><v>30</v></c></row><row r="6"/><row r="7"><c r="B7" s="0"/></row>"#
        let sheet = Crafted.sheet(rows) + ""
        let prefixed = #"<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>"#
            + #"<x:row r="3"><x:c r="B3" t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>"#
        let (read, problems) = try Crafted.read(Crafted.zip(Crafted.parts(sheet: sheet)))
        #expect(problems.isEmpty)
        #expect(read == [
            #"1: ["Título", "", ""]"#,
            #"2: ["a", "2", "", "", "5", "6"]"#,
            "5: " + String(describing: ["", "", "3"] + Array(repeating: "", count: 26) + ["30"]),
        ])
        #expect(try Crafted.read(Crafted.zip(Crafted.parts(sheet: prefixed))).rows == [#"3: ["", "b"]"#])
    }

    @Test func datesByCellStyle() throws {
        let styles = #"<numFmts count="4"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="[h]:mm:ss"/>"#
            + #"<numFmt numFmtId="166" formatCode="&quot;$&quot;\ #,##0.00"/><numFmt numFmtId="167" formatCode="yyyy\-mm\-dd\ hh:mm"/></numFmts>"#
            + #"<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>"#
            + #"<cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/>"#
            + #"<xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="20"/><xf numFmtId="9"/></cellXfs>"#
        let rows = #"<row r="1"><c r="A1"><v>45658</v></c><c r="B1" s="1"><v>45658</v></c><c r="C1" s="2"><v>45716.75</v></c>"#
            + #"<c r="D1" s="3"><v>1.5</v></c><c r="E1" s="4"><v>1234.5</v></c><c r="F1" s="5"><v>45658.5</v></c>"#
            + #"<c r="G1" s="6"><v>0.75</v></c><c r="H1" s="7"><v>0.25</v></c><c r="I1" s="1"><v>61</v></c><c r="J1" s="1"><v>59</v></c>"#
            + #"<c r="K1" s="1" t="s"><v>0</v></c><c r="L1" s="1"><v>-3</v></c></row>"#
        let (read, problems) = try Crafted.read(Crafted.zip(Crafted.parts(sheet: Crafted.sheet(rows), strings: "<si><t>texto</t></si>", styles: styles)))
        #expect(problems.isEmpty)
        #expect(read == [#"1: ["45658", "2025-01-01", "2025-02-28", "1.5", "1234.5", "2025-01-01 12:00:00", "18:00:00", "0.25", "1900-03-01", "1900-02-28", "texto", "-3"]"#])
        let (in1904, _) = try Crafted.read(Crafted.zip(Crafted.parts(sheet: Crafted.sheet(#"<row r="1"><c r="A1" s="1"><v>0</v></c></row>"#), styles: styles, date1904: true)))
        #expect(in1904 == [#"1: ["1904-01-01"]"#])
    }

    @Test func formatCodesThatShowDates() {
        typealias Styles = XLSXDateStyles
        for code in ["d/m/yyyy", "dd\\-mmm\\-yy", "[$-409]mmmm d, yyyy;@", "yyyy", "mmm-yy", "[Red]dd/mm/yy"] {
            #expect(Styles.kind(ofFormat: code) == .date, "\(code)")
        }
        for code in ["yyyy-mm-dd hh:mm:ss", "d/m/yy h:mm AM/PM"] { #expect(Styles.kind(ofFormat: code) == .dateTime, "\(code)") }
        for code in ["h:mm", "mm:ss", "hh:mm:ss AM/PM"] { #expect(Styles.kind(ofFormat: code) == .time, "\(code)") }
        for code in ["General", "0.00", "#,##0", "0.00E+00", "[h]:mm:ss", "\"días\" 0", "0%", "[Blue]#,##0;[Red]-#,##0", "_(* #,##0_)", "#,##0 \"ym\""] {
            #expect(Styles.kind(ofFormat: code) == .number, "\(code)")
        }
        #expect(Styles.builtInKind(14) == .date && Styles.builtInKind(22) == .dateTime && Styles.builtInKind(31) == .date)
        #expect(Styles.builtInKind(57) == .date && Styles.builtInKind(46) == .number && Styles.builtInKind(10) == .number)
    }

    @Test func streamingReadsTheHeadAndTheWholeAlike() throws {
        let rows = (1...5000).map { #"<row r="\#($0)"><c r="A\#($0)" t="inlineStr"><is><t>fila \#($0) &amp; más</t></is></c><c r="B\#($0)"><v>\#($0)</v></c></row>"# }.joined()
        let url = try Crafted.write(Crafted.zip(Crafted.parts(sheet: Crafted.sheet(rows))))
        var diagnostics = Diagnostics()
        let workbook = try #require(XLSXWorkbook.open(url, displayPath: "libro.xlsx", diagnostics: &diagnostics))
        #expect(workbook.sheetNames == ["Hoja & 1"])
        let source = try #require(workbook.sheet(0, diagnostics: &diagnostics))
        #expect(source.path == "libro.xlsx[Hoja & 1]")
        let head = source.records(prefix: 3)
        #expect(head.map(\.fields) == [["fila 1 & más", "1"], ["fila 2 & más", "2"], ["fila 3 & más", "3"]])
        let all = source.records
        #expect(all.count == 5000)
        #expect(all.last?.fields == ["fila 5000 & más", "5000"] && all.last?.line == 5000)
        #expect(source.location(all[4], column: 1) == SourceLocation(file: "libro.xlsx[Hoja & 1]", line: 5, column: 2))
        var count = 0
        source.forEachRecord { row in
            count += 1
            return row.string(1) != "10"
        }
        #expect(count == 10)
        // Stored (not deflated) parts read the same.
        let stored = try Crafted.read(Crafted.zip(Crafted.parts(sheet: Crafted.sheet(rows)), compress: false))
        #expect(stored.rows.count == 5000 && stored.problems.isEmpty)
    }

    @Test func readsTheWorkbooksSitegenWrites() throws {
        let bytes = try XLSXWriter.write(CatalogWriterTests.table, date: LocalDate(year: 2025, month: 7, day: 15))
        let url = try Crafted.write(bytes)
        var diagnostics = Diagnostics()
        let workbook = try #require(XLSXWorkbook.open(url, displayPath: "datos.xlsx", diagnostics: &diagnostics))
        let source = try #require(workbook.sheet(0, diagnostics: &diagnostics))
        let rows = source.records.map(\.fields)
        #expect(rows.first == ["codigo", "valor", "avance", "fecha"])
        #expect(rows.dropFirst().first == ["'=SUMA(A1)", "1234567", "45.5", "2025-03-31"])
        #expect(rows.last?.first == "Pichindé <b> & \"ñ\"")
        #expect(diagnostics.items.isEmpty)
    }

    /// Reads `bytes` and gives the one problem reported, checking it came in under a second.
    func oneProblem(_ bytes: [UInt8]) throws -> String {
        let clock = ContinuousClock()
        var result: (rows: [String], problems: [String]) = ([], [])
        let elapsed = try clock.measure { result = try Crafted.read(bytes) }
        #expect(elapsed < .seconds(1), "took \(elapsed)")
        #expect(result.problems.count == 1, "\(result.problems)")
        #expect(result.rows.isEmpty)
        return result.problems.first ?? ""
    }

    @Test func untrustedWorkbooksEndInOneClearError() throws {
        let good = Crafted.parts(sheet: Crafted.sheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"#))
        let zip = try Crafted.zip(good)
        // DTDs and entity declarations, anywhere: refused, never expanded.
        let laughs = #"<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>"#
        var dtd = good
        dtd["xl/worksheets/sheet1.xml"] = Array(Crafted.sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row>"#, head: laughs).utf8)
        #expect(try oneProblem(Crafted.zip(dtd)) == "libro.xlsx[Hoja & 1]: error: not a readable Excel workbook: the part xl/worksheets/sheet1.xml declares a DTD or an entity (<!DOCTYPE or <!ENTITY); it is not read")
        var dtdInWorkbook = good
        dtdInWorkbook["xl/workbook.xml"] = Array((#"<?xml version="1.0"?><!DOCTYPE workbook SYSTEM "http://example.com/x.dtd">"# + "<workbook/>").utf8)
        #expect(try oneProblem(Crafted.zip(dtdInWorkbook)) == "libro.xlsx: error: not a readable Excel workbook: the part xl/workbook.xml declares a DTD or an entity (<!DOCTYPE or <!ENTITY); it is not read")
        var undeclared = good
        undeclared["xl/worksheets/sheet1.xml"] = Array(Crafted.sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>&ext;</t></is></c></row>"#).utf8)
        #expect(try oneProblem(Crafted.zip(undeclared)) == "libro.xlsx[Hoja & 1]: error: not a readable Excel workbook: the part xl/worksheets/sheet1.xml uses the undeclared entity &ext;")
        var broken = good
        broken["xl/worksheets/sheet1.xml"] = Array(#"<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData"#.utf8)
        #expect(try oneProblem(Crafted.zip(broken)) == "libro.xlsx[Hoja & 1]: error: not a readable Excel workbook: the part xl/worksheets/sheet1.xml is not well-formed XML (byte 61)")
        var wide = good
        wide["xl/worksheets/sheet1.xml"] = Array(Crafted.sheet(#"<row r="7"><c r="XFE7"><v>1</v></c></row>"#).utf8)
        #expect(try oneProblem(Crafted.zip(wide)) == "libro.xlsx[Hoja & 1]:7: error: the worksheet has a cell beyond column XFD")

        // ZIP bombs: by the sizes declared, and by a header that lies about them.
        var bomb = good
        bomb["xl/worksheets/sheet1.xml"] = Array(Crafted.sheet(String(repeating: " ", count: 40 << 20)).utf8)
        let bombZip = try Crafted.zip(bomb)
        #expect(try oneProblem(bombZip) == "libro.xlsx[Hoja & 1]: error: the workbook part xl/worksheets/sheet1.xml expands past 200 times its compressed size: not read (a ZIP bomb?)")
        var lying = bombZip
        let record = Crafted.directoryRecord(of: "xl/worksheets/sheet1.xml", in: lying)
        Crafted.put32(1000, at: record + 24, in: &lying)
        #expect(try oneProblem(lying) == "libro.xlsx[Hoja & 1]: error: not a readable Excel workbook: the part xl/worksheets/sheet1.xml is damaged (its size or checksum does not match)")
        var huge = zip
        Crafted.put32(0xFFFF_FFF0, at: Crafted.directoryRecord(of: "xl/worksheets/sheet1.xml", in: huge) + 24, in: &huge)
        #expect(try oneProblem(huge) == "libro.xlsx[Hoja & 1]: error: the workbook part xl/worksheets/sheet1.xml expands past 1 GiB: not read (a ZIP bomb?)")

        // Damaged and cut files.
        var crc = zip
        crc[Crafted.directoryRecord(of: "xl/worksheets/sheet1.xml", in: crc) + 16] ^= 0xFF
        #expect(try oneProblem(crc) == "libro.xlsx[Hoja & 1]: error: not a readable Excel workbook: the part xl/worksheets/sheet1.xml is damaged (its size or checksum does not match)")
        #expect(try oneProblem(Array(zip.prefix(zip.count / 2))) == "libro.xlsx: error: not a readable Excel workbook: the file is cut short (its ZIP directory is missing)")
        var directoryPastTheEnd = zip
        let end = zip.count - 22
        Crafted.put32(UInt32(zip.count), at: end + 16, in: &directoryPastTheEnd)
        #expect(try oneProblem(directoryPastTheEnd) == "libro.xlsx: error: not a readable Excel workbook: the file is cut short (its ZIP directory is missing)")
        #expect(try oneProblem(Array("Cód BP;Nombre\n".utf8)) == "libro.xlsx: error: not an Excel workbook (.xlsx): the file is not a ZIP archive")

        // Encrypted: an entry's encryption flag, or Office's encrypted container (an OLE file).
        var flagged = zip
        flagged[Crafted.directoryRecord(of: "xl/worksheets/sheet1.xml", in: flagged) + 8] |= 1
        #expect(try oneProblem(flagged) == "libro.xlsx: error: the workbook is encrypted (protected with a password): save it again without a password")
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 1016)
        #expect(try oneProblem(ole + Array("EncryptionInfo".utf16.flatMap { [UInt8($0), 0] })) == "libro.xlsx: error: the workbook is encrypted (protected with a password): save it again without a password")
        #expect(try oneProblem(ole) == "libro.xlsx: error: not an Excel workbook (.xlsx): it is an Excel 97-2003 workbook (.xls); save it as .xlsx")
    }

    @Test func workbookProblemsHaveTheirSpanishTexts() {
        let part = "xl/worksheets/sheet1.xml"
        let texts: [(WorkbookProblem, String)] = [
            (.partDamaged(part: part),
             "no es un libro de Excel legible: la parte xl/worksheets/sheet1.xml está dañada (su tamaño o su suma de verificación no coinciden)"),
            (.partPastRatioLimit(part: part, ratio: 200),
             "la parte xl/worksheets/sheet1.xml del libro se expande a más de 200 veces su tamaño comprimido: no se leyó (¿una bomba ZIP?)"),
            (.undeclaredEntity(part: "xl/styles.xml", entity: "x"),
             "no es un libro de Excel legible: la parte xl/styles.xml usa la entidad no declarada &x;"),
            (.encrypted, "el libro está cifrado (protegido con contraseña): guárdelo de nuevo sin contraseña"),
        ]
        for (problem, spanish) in texts { #expect(problem.spanish == spanish, "\(problem.code)") }
        #expect(WorkbookProblem.partPastRatioLimit(part: part, ratio: 200).english
                == "the workbook part xl/worksheets/sheet1.xml expands past 200 times its compressed size: not read (a ZIP bomb?)")
    }
}
