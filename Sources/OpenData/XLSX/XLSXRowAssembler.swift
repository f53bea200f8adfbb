/// Builds a sheet's rows from its cells as the tokenizer meets them: each cell's text by its type
/// (shared or inline string, number, boolean, error, a formula's cached value, a date by its style),
/// placed at its column; cells and rows without an `r` follow the previous one.
struct XLSXRowAssembler {
    let strings: XLSXSharedStrings
    let styles: XLSXDateStyles
    /// Text of the current `<v>` or `<t>`, when it is collected.
    var text: [UInt8] = []
    private(set) var collecting = false
    var phoneticDepth = 0

    private var rowNumber = 0
    private var column = 0
    private var type: UInt64 = 0
    private var style = 0
    private var hasValue = false
    private var inInlineString = false
    /// The row's cells: their text one after another, where each ends, and their columns.
    private var cellBytes: [UInt8] = []
    private var cellEnds: [Int] = []
    private var cellColumns: [Int] = []
    private var hasContent = false
    /// The fields of the row handed over.
    private var fieldBytes: [UInt8] = []
    private var fieldEnds: [Int] = []
    private var fieldLines: [Int] = []

    init(strings: XLSXSharedStrings, styles: XLSXDateStyles) {
        self.strings = strings
        self.styles = styles
    }

    mutating func startRow(number: Int?) {
        rowNumber = number ?? rowNumber + 1
        column = 0
        cellBytes.removeAll(keepingCapacity: true)
        cellEnds.removeAll(keepingCapacity: true)
        cellColumns.removeAll(keepingCapacity: true)
        hasContent = false
    }

    /// A cell starts: its column from its reference (nil: the one after the previous cell).
    /// `type` is the key of its `t` attribute, 0 without one.
    mutating func startCell(column reference: Int?, type: UInt64, style: Int) {
        column = reference ?? column + 1
        self.type = type
        self.style = style
        hasValue = false
        inInlineString = false
        text.removeAll(keepingCapacity: true)
    }

    mutating func startValue() {
        hasValue = true
        collecting = !inInlineString
    }

    mutating func emptyValue() {
        hasValue = true
    }

    mutating func startInlineString() {
        inInlineString = true
        hasValue = true
    }

    mutating func startText() {
        collecting = inInlineString && phoneticDepth == 0
    }

    mutating func endText() {
        collecting = false
    }

    mutating func endCell() throws(XLSXProblem) {
        collecting = false
        guard column <= 16_384 else {
            throw XLSXProblem(.cellBeyondLastColumn, row: rowNumber)
        }
        guard hasValue || type == 0 || type == Names.n else { return }
        let start = cellBytes.count
        guard appendText() else { return }
        if cellBytes.count > start { hasContent = true }
        cellEnds.append(cellBytes.count)
        cellColumns.append(column)
    }

    /// Appends the current cell's text to the row; false for a cell that has none (a shared string
    /// that does not exist).
    private mutating func appendText() -> Bool {
        switch type == 0 ? Names.n : type {
        case Names.s:
            guard let index = Self.integer(text), index < strings.count else { return false }
            cellBytes.append(contentsOf: strings.bytes(index))
        case Names.b:
            if text.elementsEqual([UInt8(ascii: "1")]) {
                cellBytes.append(contentsOf: "TRUE".utf8)
            } else if text.elementsEqual([UInt8(ascii: "0")]) {
                cellBytes.append(contentsOf: "FALSE".utf8)
            } else {
                cellBytes.append(contentsOf: text)
            }
        case Names.e:
            XLSXText.appendClean(text, to: &cellBytes)
        case Names.n:
            let kind = styles.kind(ofStyle: style)
            if kind != .number, !text.isEmpty, let serial = Double(String(decoding: text, as: UTF8.self)),
               let date = styles.text(serial, kind: kind) {
                cellBytes.append(contentsOf: date.utf8)
            } else {
                XLSXText.appendNumber(text[...], to: &cellBytes)
            }
        default:
            // "str" (a formula's cached text), "inlineStr", "d" (an ISO date) and anything else: the text.
            XLSXText.appendClean(text, to: &cellBytes)
        }
        return true
    }

    /// Ends the row and hands it to `body` when it has content; gives `body`'s answer (true to go on).
    mutating func endRow(_ body: (CSVRow) -> Bool) throws(XLSXProblem) -> Bool {
        guard hasContent else { return true }
        fieldBytes.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        fieldLines.removeAll(keepingCapacity: true)
        var order = Array(cellColumns.indices)
        if zip(cellColumns, cellColumns.dropFirst()).contains(where: { $0 >= $1 }) {
            // Cells out of order: place them by column, the last of a column winning.
            order.sort { (cellColumns[$0], $0) < (cellColumns[$1], $1) }
            order = order.enumerated().filter { $0.offset + 1 == order.count || cellColumns[order[$0.offset + 1]] != cellColumns[$0.element] }.map(\.element)
        }
        for index in order {
            let column = cellColumns[index]
            while fieldEnds.count < column - 1 {
                fieldEnds.append(fieldBytes.count)
            }
            fieldBytes.append(contentsOf: cellBytes[(index == 0 ? 0 : cellEnds[index - 1])..<cellEnds[index]])
            fieldEnds.append(fieldBytes.count)
        }
        fieldLines = Array(repeating: rowNumber, count: fieldEnds.count)
        return fieldBytes.withUnsafeBufferPointer { bytes in
            fieldEnds.withUnsafeBufferPointer { ends in
                fieldLines.withUnsafeBufferPointer { lines in
                    body(CSVRow(bytes: bytes, ends: ends, lines: lines, line: rowNumber))
                }
            }
        }
    }

    private static func integer(_ bytes: [UInt8]) -> Int? {
        guard !bytes.isEmpty, bytes.count < 10 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 48 && byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}
