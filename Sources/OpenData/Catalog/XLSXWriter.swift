import Foundation

/// Writes a table as an Office Open XML spreadsheet (`.xlsx`): a data sheet whose header row is
/// frozen, numbers stored as numbers (pesos with a money format, percentages 0–100 with a "%"
/// format), dates as real dates with a date format, text as inline UTF-8 strings (the same text as
/// the CSV, formula-like text neutralised), and a "Diccionario" sheet with the data dictionary.
/// Deterministic: fixed entry order and dates.
public enum XLSXWriter {
    /// Style indexes in `styles.xml`.
    enum Style: Int {
        case plain = 0, money, percent, date, header, wrap
    }

    public static func write(_ table: Table, sheetName: String = "Datos", date: LocalDate?) throws -> [UInt8] {
        let example = table.rows.first ?? []
        let dictionary = DataDictionaryEntry.entries(columns: table.columns, example: example)
        let dictionaryTable: [[String]] = [["Columna", "Título", "Tipo", "Unidad", "Descripción", "Ejemplo"]]
            + dictionary.map { [$0.name, $0.title, $0.type, $0.unit, $0.description, $0.example] }
        let entries: [ZipBundle.Entry] = [
            .init(path: "[Content_Types].xml", bytes: Array(contentTypes.utf8)),
            .init(path: "_rels/.rels", bytes: Array(rootRels.utf8)),
            .init(path: "xl/workbook.xml", bytes: Array(workbook(sheetName).utf8)),
            .init(path: "xl/_rels/workbook.xml.rels", bytes: Array(workbookRels.utf8)),
            .init(path: "xl/styles.xml", bytes: Array(styles.utf8)),
            .init(path: "xl/worksheets/sheet1.xml", bytes: Array(dataSheet(table).utf8)),
            .init(path: "xl/worksheets/sheet2.xml", bytes: Array(textSheet(dictionaryTable).utf8)),
        ]
        return try ZipBundle.archive(entries, date: date)
    }

    static func dataSheet(_ table: Table) -> String {
        var out = sheetStart(widths: table.columns.map { width(for: $0) })
        out += "<row r=\"1\">"
        for (index, column) in table.columns.enumerated() { out += stringCell(column.name, column: index, row: 1, style: .header) }
        out += "</row>"
        for (rowIndex, row) in table.rows.enumerated() {
            let r = rowIndex + 2
            out += "<row r=\"\(r)\">"
            for (index, column) in table.columns.enumerated() {
                let cell = index < row.count ? row[index] : .empty
                out += self.cell(cell, column: column, index: index, row: r)
            }
            out += "</row>"
        }
        return out + sheetEnd
    }

    static func textSheet(_ rows: [[String]]) -> String {
        var out = sheetStart(widths: [24, 30, 18, 8, 70, 30])
        for (rowIndex, row) in rows.enumerated() {
            out += "<row r=\"\(rowIndex + 1)\">"
            for (index, text) in row.enumerated() where !text.isEmpty {
                out += stringCell(text, column: index, row: rowIndex + 1, style: rowIndex == 0 ? .header : .wrap)
            }
            out += "</row>"
        }
        return out + sheetEnd
    }

    static func cell(_ cell: Cell, column: Column, index: Int, row: Int) -> String {
        let ref = reference(column: index, row: row)
        switch cell {
        case .empty: return ""
        case .text: return stringCell(CSVWriter.text(of: cell), column: index, row: row, style: .plain)
        case .integer(let value):
            let style: Style = column.unit == "COP" ? .money : column.unit == "%" ? .percent : .plain
            return "<c r=\"\(ref)\"\(styleAttribute(style))><v>\(value)</v></c>"
        case .number(let value):
            let style: Style = column.unit == "COP" ? .money : column.unit == "%" ? .percent : .plain
            return "<c r=\"\(ref)\"\(styleAttribute(style))><v>\(NumberText.format(value))</v></c>"
        case .date(let date):
            return "<c r=\"\(ref)\"\(styleAttribute(.date))><v>\(date.daysSinceEpoch + 25_569)</v></c>"
        }
    }

    static func stringCell(_ text: String, column: Int, row: Int, style: Style) -> String {
        "<c r=\"\(reference(column: column, row: row))\" t=\"inlineStr\"\(styleAttribute(style))><is><t xml:space=\"preserve\">\(XMLText.escape(text))</t></is></c>"
    }

    static func styleAttribute(_ style: Style) -> String { style == .plain ? "" : " s=\"\(style.rawValue)\"" }

    static func width(for column: Column) -> Int {
        switch column.type {
        case .date: return 12
        case .integer, .number: return column.unit == "COP" ? 18 : 12
        case .string: return min(40, max(12, column.name.count + 2))
        }
    }

    /// `A1`-style reference (column 0 = A).
    static func reference(column: Int, row: Int) -> String {
        var letters = ""
        var n = column + 1
        while n > 0 {
            let remainder = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            n = (n - 1) / 26
        }
        return letters + String(row)
    }

    static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func sheetStart(widths: [Int]) -> String {
        var out = xmlHeader + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
        out += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        out += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
        out += "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
        for (index, width) in widths.enumerated() {
            out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        return out + "</cols><sheetData>"
    }

    static let sheetEnd = "</sheetData></worksheet>"

    static let contentTypes = xmlHeader + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        </Types>
        """

    static let rootRels = xmlHeader + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    static func workbook(_ sheetName: String) -> String {
        xmlHeader + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><bookViews><workbookView/></bookViews><sheets>"
            + "<sheet name=\"\(XMLText.escape(sheetName))\" sheetId=\"1\" r:id=\"rId1\"/>"
            + "<sheet name=\"Diccionario\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>"
    }

    static let workbookRels = xmlHeader + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    /// Formats: 164 pesos, 165 percentage points 0–100, 166 ISO date. Cell styles follow `Style`.
    static let styles = xmlHeader + """
        <styleSheet xmlns="\(main)">\
        <numFmts count="3">\
        <numFmt numFmtId="164" formatCode="&quot;$&quot;\\ #,##0"/>\
        <numFmt numFmtId="165" formatCode="0.00&quot; %&quot;"/>\
        <numFmt numFmtId="166" formatCode="yyyy\\-mm\\-dd"/>\
        </numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="6">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
}
