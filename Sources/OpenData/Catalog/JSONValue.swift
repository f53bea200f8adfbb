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

    /// Indented text with a final newline at top level.
    public func text(indent: Int = 0) -> String {
        var out = ""
        write(into: &out, indent: indent, pretty: true)
        return out
    }

    /// One-line text.
    public var compact: String {
        var out = ""
        write(into: &out, indent: 0, pretty: false)
        return out
    }

    public var bytes: [UInt8] { Array((text() + "\n").utf8) }

    private func write(into out: inout String, indent: Int, pretty: Bool) {
        let pad = pretty ? String(repeating: "  ", count: indent + 1) : ""
        let closePad = pretty ? String(repeating: "  ", count: indent) : ""
        let newline = pretty ? "\n" : ""
        switch self {
        case .string(let text): out += JSONText.string(text)
        case .integer(let value): out += String(value)
        case .number(let value): out += NumberText.format(value)
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[" + newline
            for (index, item) in items.enumerated() {
                out += pad
                item.write(into: &out, indent: indent + 1, pretty: pretty)
                out += (index < items.count - 1 ? "," : "") + newline
            }
            out += closePad + "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{" + newline
            for (index, pair) in pairs.enumerated() {
                out += pad + JSONText.string(pair.0) + (pretty ? ": " : ":")
                pair.1.write(into: &out, indent: indent + 1, pretty: pretty)
                out += (index < pairs.count - 1 ? "," : "") + newline
            }
            out += closePad + "}"
        }
    }
}
