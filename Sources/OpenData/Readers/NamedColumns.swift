import Foundation

/// The columns of a small content table (acciones.csv, problemas.csv) found by header name, and
/// how to read one row's cells with their locations. Used by the participation readers.
struct NamedColumns {
    let source: CSVSource
    let header: HeaderMap
    /// The source's records, parsed once.
    let records: [CSVRecord]

    /// Finds the header; reports the required columns that are missing (an error at the header line).
    init?(source: CSVSource, required: [String], diagnostics: inout Diagnostics) {
        let records = source.records
        guard let header = HeaderMap(records: records, required: required) else {
            diagnostics.error(SourceLocation(file: source.path, line: 1, column: 1), .source(.missingColumns(required)))
            return nil
        }
        let missing = required.filter { !header.contains($0) }
        if !missing.isEmpty {
            diagnostics.error(SourceLocation(file: source.path, line: records[header.headerIndex].line, column: 1),
                              .source(.missingColumns(missing)))
            return nil
        }
        self.source = source
        self.header = header
        self.records = records
    }

    /// The records below the header that hold any text.
    var rows: [CSVRecord] {
        records.dropFirst(header.headerIndex + 1).filter { record in
            !record.fields.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        }
    }

    /// The trimmed text of column `name` in `record`; empty when the column is absent.
    func text(_ record: CSVRecord, _ name: String) -> String {
        guard let column = header.column(name) else { return "" }
        return record[column].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The location of column `name` in `record` (file:line:column).
    func location(_ record: CSVRecord, _ name: String) -> SourceLocation {
        guard let column = header.column(name) else { return SourceLocation(file: source.path, line: record.line, column: 1) }
        return source.location(record, column: column)
    }

    /// A value of a closed list; an error naming the list when the text is not one of its names.
    func choice<C: NamedChoice>(_ record: CSVRecord, _ name: String, as type: C.Type, diagnostics: inout Diagnostics) -> C? {
        let raw = text(record, name)
        if let value = C(matching: raw) { return value }
        diagnostics.error(location(record, name), .cell(column: name, .notInList(text: raw, allowed: C.names)))
        return nil
    }

    /// A date (day first, as Colombia writes it, or ISO); a warning and nil when unreadable.
    func date(_ record: CSVRecord, _ name: String, diagnostics: inout Diagnostics) -> LocalDate? {
        switch ValueParsing.date(text(record, name), order: .dayFirst) {
        case .value(let reading): return reading.date
        case .empty: return nil
        case .invalid(let problem):
            diagnostics.warning(location(record, name), .value(column: name, problem))
            return nil
        }
    }

    /// A number; a warning and nil when unreadable or outside `range`.
    func number(_ record: CSVRecord, _ name: String, in range: ClosedRange<Double>, diagnostics: inout Diagnostics) -> Double? {
        let raw = text(record, name)
        switch ValueParsing.number(raw) {
        case .value(let value) where range.contains(value): return value
        case .value:
            diagnostics.warning(location(record, name),
                                .cell(column: name, .outOfRange(text: raw, lowest: range.lowerBound, highest: range.upperBound)))
            return nil
        case .empty: return nil
        case .invalid(let problem):
            diagnostics.warning(location(record, name), .value(column: name, problem))
            return nil
        }
    }

    /// A whole number written with or without thousands separators ("9800", "9.800"); a warning and
    /// nil when unreadable or outside `range`.
    func wholeNumber(_ record: CSVRecord, _ name: String, in range: ClosedRange<Int64>, diagnostics: inout Diagnostics) -> Int? {
        let raw = text(record, name)
        if ValueParsing.isEmpty(raw) { return nil }
        guard case .value(let value) = ValueParsing.money(raw), !raw.contains("$") else {
            diagnostics.warning(location(record, name), .cell(column: name, .notWholeNumber(text: raw)))
            return nil
        }
        guard range.contains(value) else {
            diagnostics.warning(location(record, name), .cell(column: name, .outOfRange(text: raw, lowest: Double(range.lowerBound),
                                                                                      highest: Double(range.upperBound))))
            return nil
        }
        return Int(value)
    }
}
