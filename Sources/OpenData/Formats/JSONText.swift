/// Minimal deterministic JSON writing: keys in the order given, strings escaped by construction.
public enum JSONText {
    public static func string(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 2)
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal (quoted, escaped) to UTF-8 bytes. Works on bytes:
    /// U+2028 and U+2029 are the only non-ASCII characters escaped (E2 80 A8 / E2 80 A9).
    public static func append(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            while i < n {
                let byte = bytes[i]
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: [92, 34])
                case UInt8(ascii: "\\"): out.append(contentsOf: [92, 92])
                case 10: out.append(contentsOf: [92, UInt8(ascii: "n")])
                case 13: out.append(contentsOf: [92, UInt8(ascii: "r")])
                case 9: out.append(contentsOf: [92, UInt8(ascii: "t")])
                case UInt8(ascii: "<"): out.append(contentsOf: Array("\\u003c".utf8))
                case UInt8(ascii: ">"): out.append(contentsOf: Array("\\u003e".utf8))
                case UInt8(ascii: "&"): out.append(contentsOf: Array("\\u0026".utf8))
                case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    out.append(contentsOf: Array((bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8))
                    i += 2
                case 0..<0x20:
                    let hex = String(byte, radix: 16)
                    out.append(contentsOf: Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8))
                default:
                    out.append(byte)
                }
                i += 1
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// Writes a table as a JSON array of objects with exactly the CSV's columns; empty cells are null.
public enum JSONTableWriter {
    public static func write(_ table: Table) -> [UInt8] {
        var whole: [UInt8] = []
        // Sized from the first rows, so a national table grows its buffer once at most instead of
        // doubling (and copying) hundreds of megabytes.
        if table.rows.count > 256 {
            let sample = write(Table(columns: table.columns, rows: Array(table.rows.prefix(128)))).count
            whole.reserveCapacity(sample / 128 * table.rows.count * 11 / 10 + 64)
        }
        write(table) { whole.append(contentsOf: $0) }
        return whole
    }

    /// The same bytes as `write`, handed to `flush` in pieces of about a megabyte, so a national
    /// table is never held whole.
    public static func write(_ table: Table, flush: ([UInt8]) throws -> Void) rethrows {
        let piece = 1 << 20
        var out: [UInt8] = []
        out.reserveCapacity(piece + 65_536)
        out.append(contentsOf: Array("[\n".utf8))
        let keys = table.columns.map { column -> [UInt8] in
            var key: [UInt8] = []
            JSONText.append(column.name, to: &key)
            return key + Array(": ".utf8)
        }
        for (rowIndex, row) in table.rows.enumerated() {
            out.append(contentsOf: Array("  {".utf8))
            for index in keys.indices {
                if index > 0 { out.append(contentsOf: [44, 32]) }
                out.append(contentsOf: keys[index])
                let cell = index < row.count ? row[index] : .empty
                if case .text(let text) = cell {
                    JSONText.append(text, to: &out)
                } else {
                    out.append(contentsOf: value(cell).utf8)
                }
            }
            out.append(contentsOf: Array((rowIndex == table.rows.count - 1 ? "}\n" : "},\n").utf8))
            if out.count >= piece {
                try flush(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        out.append(contentsOf: Array("]\n".utf8))
        try flush(out)
    }

    static func value(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): return JSONText.string(text)
        case .integer(let value): return String(value)
        case .number(let value): return NumberText.format(value)
        case .date(let value): return JSONText.string(value.iso)
        case .empty: return "null"
        }
    }
}
