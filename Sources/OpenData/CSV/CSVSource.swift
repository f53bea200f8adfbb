import Foundation

/// A CSV file read from disk: decoded, delimiter detected, its layout checked; layout problems are
/// reported as diagnostics at their line and column. The text is kept as UTF-8 bytes and parsed
/// when read: `forEachRecord` one record at a time (a national Cuadro 1S), `records` all at once
/// (the small tables). A workbook's sheet (see XLSXWorkbook) is read from the file on each pass.
public struct CSVSource: Sendable {
    /// Path as shown to the user (relative to the content folder).
    public let path: String
    public let encoding: SourceEncoding
    public let delimiter: UInt8
    private let content: Content

    private enum Content: Sendable {
        /// NFC UTF-8 text, still to parse.
        case text([UInt8])
        /// Records already made.
        case records([CSVRecord])
        /// An Excel worksheet, its rows read from the workbook each time they are asked for.
        case sheet(XLSXSheet)
    }

    public init(path: String, encoding: SourceEncoding, delimiter: UInt8, records: [CSVRecord]) {
        self.path = path
        self.encoding = encoding
        self.delimiter = delimiter
        content = .records(records)
    }

    init(path: String, sheet: XLSXSheet) {
        self.path = path
        encoding = .xlsx
        delimiter = 0
        content = .sheet(sheet)
    }

    private init(path: String, encoding: SourceEncoding, delimiter: UInt8, text: [UInt8]) {
        self.path = path
        self.encoding = encoding
        self.delimiter = delimiter
        content = .text(text)
    }

    /// Every record, parsed anew on each call: read it once.
    public var records: [CSVRecord] {
        switch content {
        case .records(let records): return records
        case .text(let text):
            var problems: [CSVParser.LayoutProblem] = []
            return text.withUnsafeBufferPointer { CSVParser(delimiter: delimiter).parse(bytes: $0, problems: &problems) }
        case .sheet:
            var records: [CSVRecord] = []
            forEachRecord { row in
                records.append(row.record())
                return true
            }
            return records
        }
    }

    /// Hands each record to `body` as it is parsed, until `body` returns false; no record is kept.
    /// A worksheet was read through once when it was opened, so its problems were reported then.
    public func forEachRecord(_ body: (CSVRow) -> Bool) {
        switch content {
        case .sheet(let sheet):
            try? sheet.forEachRow(body)
        case .text(let text):
            var problems: [CSVParser.LayoutProblem] = []
            text.withUnsafeBufferPointer { CSVParser(delimiter: delimiter).forEachRecord(in: $0, problems: &problems, body) }
        case .records(let records):
            var bytes: [UInt8] = [], ends: [Int] = [], lines: [Int] = []
            for record in records {
                bytes.removeAll(keepingCapacity: true)
                ends.removeAll(keepingCapacity: true)
                lines.removeAll(keepingCapacity: true)
                for (index, field) in record.fields.enumerated() {
                    bytes.append(contentsOf: field.utf8)
                    ends.append(bytes.count)
                    lines.append(record.fieldLines.indices.contains(index) ? record.fieldLines[index] : record.line)
                }
                let more = bytes.withUnsafeBufferPointer { bytes in
                    ends.withUnsafeBufferPointer { ends in
                        lines.withUnsafeBufferPointer { lines in
                            body(CSVRow(bytes: bytes, ends: ends, lines: lines, line: record.line))
                        }
                    }
                }
                if !more { return }
            }
        }
    }

    /// The first `count` records (or all when there are fewer).
    public func records(prefix count: Int) -> [CSVRecord] {
        var records: [CSVRecord] = []
        guard count > 0 else { return records }
        forEachRecord { row in
            records.append(row.record())
            return records.count < count
        }
        return records
    }

    /// Reads and checks `url`. Returns nil (with an error diagnostic) when the file cannot be read or
    /// is not text.
    public static func read(_ url: URL, displayPath: String, diagnostics: inout Diagnostics) -> CSVSource? {
        let location = SourceLocation(file: displayPath)
        // Read straight into one array and decode it in place: a national Cuadro 1S is hundreds of
        // megabytes, and every extra copy counts.
        guard let bytes = FileBytes.read(url.path) else {
            diagnostics.error(location, .source(.unreadableFile))
            return nil
        }
        return parse(bytes, displayPath: displayPath, diagnostics: &diagnostics)
    }

    public static func parse(_ bytes: consuming [UInt8], displayPath: String, diagnostics: inout Diagnostics) -> CSVSource? {
        let location = SourceLocation(file: displayPath)
        let decoded: TextDecoding.DecodedBytes
        switch TextDecoding.decodeToBytes(bytes) {
        case .success(let text): decoded = text
        case .failure(let failure):
            diagnostics.error(location, .source(failure.problem))
            return nil
        }
        if decoded.encoding == .mixed, let line = decoded.firstForeignLine {
            diagnostics.warning(SourceLocation(file: displayPath, line: line, column: 0),
                                .source(.mixedEncoding))
        }
        let text = decoded.bytes
        let delimiter = CSVParser.detectDelimiter(bytes: text.prefix(64 * 1024))
        var problems: [CSVParser.LayoutProblem] = []
        let hasRecords = text.withUnsafeBufferPointer { CSVParser(delimiter: delimiter).scanLayout($0, problems: &problems) }
        for problem in problems {
            diagnostics.error(SourceLocation(file: displayPath, line: problem.line, column: problem.column), .source(problem.problem))
        }
        if !hasRecords {
            diagnostics.error(location, .source(.emptyFile))
            return nil
        }
        return CSVSource(path: displayPath, encoding: decoded.encoding, delimiter: delimiter, text: text)
    }

    /// The location of field `column` (0-based) of `record`, as a 1-based spreadsheet position.
    public func location(_ record: CSVRecord, column: Int) -> SourceLocation {
        let line = record.fieldLines.indices.contains(column) ? record.fieldLines[column] : record.line
        return SourceLocation(file: path, line: line, column: max(column, 0) + 1)
    }

    /// The location of field `column` (0-based) of `row`, as a 1-based spreadsheet position.
    public func location(_ row: CSVRow, column: Int) -> SourceLocation {
        SourceLocation(file: path, line: row.line(ofField: column), column: max(column, 0) + 1)
    }
}
