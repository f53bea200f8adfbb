import Foundation

/// One worksheet of a workbook, read as a stream: each `forEachRow` inflates the sheet's part a
/// piece at a time and hands over one row at a time, so memory does not grow with the sheet. A row
/// is a record like a CSV's: its line the sheet's row number, each field at its column (A = 1),
/// sparse cells filled with empty fields, rows with nothing in them skipped.
final class XLSXSheet: Sendable {
    let url: URL
    let entry: ZIPEntry
    let strings: XLSXSharedStrings
    let styles: XLSXDateStyles

    init(url: URL, entry: ZIPEntry, strings: XLSXSharedStrings, styles: XLSXDateStyles) {
        self.url = url
        self.entry = entry
        self.strings = strings
        self.styles = styles
    }

    /// Reads the whole sheet without handing over rows: every problem (damaged or cut part, ZIP
    /// bomb, DTD, XML that is not well-formed, a cell past column XFD) shows here, before any reader
    /// sees a row. Gives the number of rows with content.
    func check() throws(XLSXProblem) -> Int {
        var rows = 0
        try forEachRow { _ in
            rows += 1
            return true
        }
        return rows
    }

    /// Hands each row with content to `body` until it returns false.
    func forEachRow(_ body: (CSVRow) -> Bool) throws(XLSXProblem) {
        guard let file = ZIPFile(path: url.path) else { throw XLSXProblem(.unreadableFile) }
        var rows = XLSXRowAssembler(strings: strings, styles: styles)
        var tokens = XMLTokenizer(reader: try ZIPEntryReader(file: file, entry: entry))
        while true {
            let token = try tokens.next()
            switch token {
            case .done:
                return
            case .start, .empty:
                if tokens.nameKey == Names.c {
                    rows.startCell(column: tokens.attributeColumn(Names.r), type: tokens.attributeKey(Names.t),
                                   style: tokens.attributeNumber(Names.s) ?? 0)
                    if token == .empty { try rows.endCell() }
                } else if tokens.nameKey == Names.v {
                    if token == .start { rows.startValue() } else { rows.emptyValue() }
                } else if tokens.nameKey == Names.t {
                    if token == .start { rows.startText() }
                } else if tokens.nameKey == Names.inlineString {
                    rows.startInlineString()
                } else if tokens.nameKey == Names.rPh {
                    if token == .start { rows.phoneticDepth += 1 }
                } else if tokens.nameKey == Names.row {
                    rows.startRow(number: tokens.attributeNumber(Names.r))
                    if token == .empty, try !rows.endRow(body) { return }
                }
            case .end:
                if tokens.nameKey == Names.c {
                    try rows.endCell()
                } else if tokens.nameKey == Names.v || tokens.nameKey == Names.t {
                    rows.endText()
                } else if tokens.nameKey == Names.rPh {
                    rows.phoneticDepth = max(0, rows.phoneticDepth - 1)
                } else if tokens.nameKey == Names.row {
                    if try !rows.endRow(body) { return }
                }
            case .text:
                if rows.collecting { try tokens.appendText(to: &rows.text) }
            }
        }
    }
}
