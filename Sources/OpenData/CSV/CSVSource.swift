import Foundation

/// A CSV file read from disk: decoded, delimiter detected, parsed into records; layout problems are
/// reported as diagnostics at their line and column.
public struct CSVSource: Sendable {
    /// Path as shown to the user (relative to the content folder).
    public let path: String
    public let encoding: SourceEncoding
    public let delimiter: UInt8
    public let records: [CSVRecord]

    /// Reads and parses `url`. Returns nil (with an error diagnostic) when the file cannot be read or
    /// is not text.
    public static func read(_ url: URL, displayPath: String, diagnostics: inout Diagnostics) -> CSVSource? {
        let location = SourceLocation(file: displayPath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.error(location, "cannot read the file")
            return nil
        }
        return parse(Array(data), displayPath: displayPath, diagnostics: &diagnostics)
    }

    public static func parse(_ bytes: [UInt8], displayPath: String, diagnostics: inout Diagnostics) -> CSVSource? {
        let location = SourceLocation(file: displayPath)
        guard let decoded = TextDecoding.decode(bytes) else {
            diagnostics.error(location, TextDecoding.failure(bytes))
            return nil
        }
        if decoded.encoding == .mixed, let line = decoded.firstForeignLine {
            diagnostics.warning(SourceLocation(file: displayPath, line: line, column: 0),
                                "the file mixes UTF-8 and Windows-1252 text; each character was read in the encoding it is valid in")
        }
        let delimiter = CSVParser.detectDelimiter(decoded.text)
        var problems: [CSVParser.LayoutProblem] = []
        let records = CSVParser(delimiter: delimiter).parse(decoded.text, problems: &problems)
        for problem in problems {
            diagnostics.error(SourceLocation(file: displayPath, line: problem.line, column: problem.column), problem.message)
        }
        if records.isEmpty {
            diagnostics.error(location, "the file is empty")
            return nil
        }
        return CSVSource(path: displayPath, encoding: decoded.encoding, delimiter: delimiter, records: records)
    }

    /// The location of field `column` (0-based) of `record`, as a 1-based spreadsheet position.
    public func location(_ record: CSVRecord, column: Int) -> SourceLocation {
        let line = record.fieldLines.indices.contains(column) ? record.fieldLines[column] : record.line
        return SourceLocation(file: path, line: line, column: max(column, 0) + 1)
    }
}
