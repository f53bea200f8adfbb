/// Writes a table as canonical CSV: RFC 4180 (CRLF line ends, quotes doubled), UTF-8 without BOM,
/// header of the column names, ISO 8601 dates, '.' decimals, pesos as plain integers.
///
/// Spreadsheet safety (OWASP CSV injection): a text cell that starts with `=`, `+`, `-`, `@`, tab or
/// carriage return is written with a leading apostrophe so spreadsheets show it as text instead of
/// running it as a formula. Typed number cells are never changed.
public enum CSVWriter {
    public static func write(_ table: Table) -> [UInt8] {
        var out: [UInt8] = []
        // Sized from the first rows (see JSONTableWriter): one buffer, not a chain of doublings.
        if table.rows.count > 256 {
            let sample = write(Table(columns: table.columns, rows: Array(table.rows.prefix(128)))).count
            out.reserveCapacity(sample / 128 * table.rows.count * 11 / 10 + 64)
        } else {
            out.reserveCapacity(table.rows.count * table.columns.count * 12)
        }
        write(table) { out.append(contentsOf: $0) }
        return out
    }

    /// The same bytes as `write`, handed to `flush` in pieces of about a megabyte, so a national
    /// table is never held whole.
    public static func write(_ table: Table, flush: ([UInt8]) throws -> Void) rethrows {
        var out: [UInt8] = []
        out.reserveCapacity((1 << 20) + 65_536)
        appendRecord(table.columns.map(\.name), to: &out)
        for row in table.rows {
            appendRecord(row.map(text(of:)), to: &out)
            if out.count >= 1 << 20 {
                try flush(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        try flush(out)
    }

    public static func text(of cell: Cell) -> String {
        switch cell {
        case .text(let value): return neutralise(value)
        case .integer(let value): return String(value)
        case .number(let value): return NumberText.format(value)
        case .date(let value): return value.iso
        case .empty: return ""
        }
    }

    /// Prefixes formula-like text with an apostrophe.
    public static func neutralise(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        return "=+-@\t\r".unicodeScalars.contains(first) ? "'" + text : text
    }

    static func appendRecord(_ fields: [String], to out: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            let needsQuotes = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
            if needsQuotes {
                out.append(UInt8(ascii: "\""))
                for byte in field.utf8 {
                    if byte == UInt8(ascii: "\"") { out.append(byte) }
                    out.append(byte)
                }
                out.append(UInt8(ascii: "\""))
            } else {
                out.append(contentsOf: field.utf8)
            }
        }
        out.append(13)
        out.append(10)
    }
}
