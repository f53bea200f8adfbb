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
        // Read straight into one array, decode, and let the bytes go before parsing: a national
        // Cuadro 1S is hundreds of megabytes, and every extra copy counts.
        guard let decoded = FileBytes.read(url.path).map({ TextDecoding.decode($0) }) else {
            diagnostics.error(location, "cannot read the file")
            return nil
        }
        return parse(decoded: decoded, displayPath: displayPath, diagnostics: &diagnostics)
    }

    public static func parse(_ bytes: [UInt8], displayPath: String, diagnostics: inout Diagnostics) -> CSVSource? {
        parse(decoded: TextDecoding.decode(bytes), displayPath: displayPath, diagnostics: &diagnostics)
    }

    static func parse(decoded: TextDecoding.Decoded?, displayPath: String, diagnostics: inout Diagnostics) -> CSVSource? {
        let location = SourceLocation(file: displayPath)
        guard let decoded else {
            diagnostics.error(location, "not a text file (binary content); save it as CSV")
            return nil
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
        let line = column < record.fieldLines.count ? record.fieldLines[column] : record.line
        return SourceLocation(file: path, line: line, column: column + 1)
    }
}
