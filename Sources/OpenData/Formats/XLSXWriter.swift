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
            dataSheetEntry(table),
            .init(path: "xl/worksheets/sheet2.xml", bytes: textSheet(dictionaryTable)),
        ]
        return try ZipBundle.archive(entries, date: date)
    }

    /// The data sheet, deflated as it is written, a megabyte at a time: at national scale its XML
    /// is hundreds of megabytes that never need to exist whole.
    static func dataSheetEntry(_ table: Table) -> ZipBundle.Entry {
        let deflater = ZipBundle.Deflater(expectedSize: table.rows.count * table.columns.count * 24)
        _ = dataSheet(table) { deflater.add($0) }
        return deflater.finish(path: "xl/worksheets/sheet1.xml") { dataSheet(table) }
    }

    /// The data sheet, written straight into bytes (it is the biggest part of the catalog stage);
    /// with `flush`, handed over in pieces of about a megabyte and the rest returned.
    static func dataSheet(_ table: Table, flush: (([UInt8]) -> Void)? = nil) -> [UInt8] {
        var sheet = SheetBytes(columns: table.columns.count)
        sheet.out.reserveCapacity(flush == nil ? table.rows.count * table.columns.count * 24 + 1024 : (1 << 20) + 65_536)
        sheet.start(widths: table.columns.map { width(for: $0) })
        sheet.startRow(1)
        for (index, column) in table.columns.enumerated() { sheet.string(column.name, column: index, style: .header) }
        sheet.endRow()
        let numberStyles: [Style] = table.columns.map { $0.unit == "COP" ? .money : $0.unit == "%" ? .percent : .plain }
        for (rowIndex, row) in table.rows.enumerated() {
            let r = rowIndex + 2
            sheet.startRow(r)
            for index in 0..<min(row.count, table.columns.count) {
                switch row[index] {
                case .empty: break
                case .text: sheet.string(CSVWriter.text(of: row[index]), column: index, style: .plain)
                case .integer(let value): sheet.integer(value, column: index, style: numberStyles[index])
                case .number(let value): sheet.value(NumberText.format(value), column: index, style: numberStyles[index])
                case .date(let date): sheet.integer(Int64(date.daysSinceEpoch + 25_569), column: index, style: .date)
                }
            }
            sheet.endRow()
            if let flush, sheet.out.count >= 1 << 20 {
                flush(sheet.out)
                sheet.out.removeAll(keepingCapacity: true)
            }
        }
        sheet.end()
        if let flush {
            flush(sheet.out)
            return []
        }
        return sheet.out
    }

    static func textSheet(_ rows: [[String]]) -> [UInt8] {
        var sheet = SheetBytes(columns: rows.map(\.count).max() ?? 0)
        sheet.start(widths: [24, 30, 18, 8, 70, 30])
        for (rowIndex, row) in rows.enumerated() {
            sheet.startRow(rowIndex + 1)
            for (index, text) in row.enumerated() where !text.isEmpty {
                sheet.string(text, column: index, style: rowIndex == 0 ? .header : .wrap)
            }
            sheet.endRow()
        }
        sheet.end()
        return sheet.out
    }

    /// A worksheet's XML as UTF-8 bytes, cell by cell.
    struct SheetBytes {
        var out: [UInt8] = []
        /// `A`, `B`… `AA` for each column, made once.
        let letters: [[UInt8]]
        /// The digits of the row being written, made once per row.
        var rowDigits: [UInt8] = []

        init(columns: Int) {
            letters = (0..<columns).map { Array(XLSXWriter.columnLetters($0).utf8) }
        }

        mutating func append(_ text: String) { out.append(contentsOf: text.utf8) }

        mutating func start(widths: [Int]) {
            append(xmlHeader + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">")
            append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
            append("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>")
            append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>")
            for (index, width) in widths.enumerated() {
                append("<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>")
            }
            append("</cols><sheetData>")
        }

        mutating func end() { append("</sheetData></worksheet>") }

        mutating func startRow(_ row: Int) {
            rowDigits = Array(String(row).utf8)
            append("<row r=\"")
            out.append(contentsOf: rowDigits)
            append("\">")
        }

        mutating func endRow() { append("</row>") }

        mutating func cellStart(column: Int, style: Style, inline: Bool) {
            append("<c r=\"")
            out.append(contentsOf: letters[column])
            out.append(contentsOf: rowDigits)
            append(inline ? "\" t=\"inlineStr\"" : "\"")
            if style != .plain {
                append(" s=\"")
                append(String(style.rawValue))
                append("\"")
            }
            append(">")
        }

        mutating func value(_ text: String, column: Int, style: Style) {
            cellStart(column: column, style: style, inline: false)
            append("<v>")
            append(text)
            append("</v></c>")
        }

        /// A number cell whose digits are written straight into the bytes.
        mutating func integer(_ value: Int64, column: Int, style: Style) {
            cellStart(column: column, style: style, inline: false)
            append("<v>")
            if value < 0 { out.append(UInt8(ascii: "-")) }
            var magnitude = value.magnitude
            let start = out.count
            repeat {
                out.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
                magnitude /= 10
            } while magnitude > 0
            out[start...].reverse()
            append("</v></c>")
        }

        mutating func string(_ text: String, column: Int, style: Style) {
            cellStart(column: column, style: style, inline: true)
            append("<is><t xml:space=\"preserve\">")
            XMLText.append(text, to: &out)
            append("</t></is></c>")
        }
    }

    static func width(for column: Column) -> Int {
        switch column.type {
        case .date: return 12
        case .integer, .number: return column.unit == "COP" ? 18 : 12
        case .string: return min(40, max(12, column.name.count + 2))
        }
    }

    /// `A1`-style reference (column 0 = A).
    static func reference(column: Int, row: Int) -> String {
        columnLetters(column) + String(row)
    }

    /// `A`…`Z`, `AA`… for column 0, 1…
    static func columnLetters(_ column: Int) -> String {
        var letters = ""
        var n = column + 1
        while n > 0 {
            let remainder = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

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
