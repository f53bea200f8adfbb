/// Minimal deterministic JSON writing: keys in the order given, strings escaped by construction.
public enum JSONText {
    public static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// Writes a table as a JSON array of objects with exactly the CSV's columns; empty cells are null.
public enum JSONTableWriter {
    public static func write(_ table: Table) -> [UInt8] {
        var out = "[\n"
        for (rowIndex, row) in table.rows.enumerated() {
            out += "  {"
            for (index, column) in table.columns.enumerated() {
                if index > 0 { out += ", " }
                out += JSONText.string(column.name) + ": " + value(index < row.count ? row[index] : .empty)
            }
            out += rowIndex == table.rows.count - 1 ? "}\n" : "},\n"
        }
        out += "]\n"
        return Array(out.utf8)
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
