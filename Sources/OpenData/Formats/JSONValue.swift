/// A JSON document built in code: objects keep their keys in the order given and strings are
/// escaped by construction (`JSONText.string`, which also escapes `<`, `>` and `&`), so the same
/// value is always written as the same bytes and can sit inside an HTML `<script>` block.
public indirect enum JSONValue: Sendable, Hashable {
    case string(String)
    case integer(Int64)
    case number(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([(String, JSONValue)])
    case null

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.text() == b.text() }
    public func hash(into hasher: inout Hasher) { hasher.combine(text()) }

    public static func int(_ value: Int) -> JSONValue { .integer(Int64(value)) }

    /// An object from pairs, leaving out pairs whose value is nil or an empty string.
    public static func fields(_ pairs: [(String, JSONValue?)]) -> JSONValue {
        .object(pairs.compactMap { key, value in
            guard let value else { return nil }
            if case .string(let text) = value, text.isEmpty { return nil }
            return (key, value)
        })
    }

    /// Indented text.
    public func text(indent: Int = 0) -> String {
        var out: [UInt8] = []
        write(into: &out, indent: indent, pretty: true)
        return String(decoding: out, as: UTF8.self)
    }

    /// One-line text.
    public var compact: String {
        var out: [UInt8] = []
        write(into: &out, indent: 0, pretty: false)
        return String(decoding: out, as: UTF8.self)
    }

    /// Indented text with a final newline, as UTF-8.
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        write(into: &out, indent: 0, pretty: true)
        out.append(10)
        return out
    }

    /// Writes straight into bytes (catalog documents list every dataset and column).
    private func write(into out: inout [UInt8], indent: Int, pretty: Bool) {
        func newline(_ level: Int) {
            guard pretty else { return }
            out.append(10)
            for _ in 0..<level { out.append(32); out.append(32) }
        }
        switch self {
        case .string(let text): JSONText.append(text, to: &out)
        case .integer(let value): out.append(contentsOf: String(value).utf8)
        case .number(let value): out.append(contentsOf: NumberText.format(value).utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 1)
                item.write(into: &out, indent: indent + 1, pretty: pretty)
            }
            newline(indent)
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            if pairs.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (index, pair) in pairs.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 1)
                JSONText.append(pair.0, to: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(32) }
                pair.1.write(into: &out, indent: indent + 1, pretty: pretty)
            }
            newline(indent)
            out.append(UInt8(ascii: "}"))
        }
    }
}
