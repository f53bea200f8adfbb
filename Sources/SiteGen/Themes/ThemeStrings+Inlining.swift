import Foundation

/// The theme's texts written into the templates once, when the theme loads.
///
/// swift-mustache finds `{{t.contratos.campo.valor}}` by climbing the whole context stack with
/// dynamic casts at every level, and it parses a text that names values (a lambda) again every
/// time it renders it: on a site of 29,000 fichas that was a third of the ficha's time. A text is
/// the same on every page, so the tag is replaced by what the engine would have written: the text
/// escaped with the template's escape, and a text that names values by its escaped source, which
/// the engine then parses once with the template and renders in the same context.
///
/// Left to the engine, so the output stays the same bytes: tags of sections (`{{#t.…}}`), a text
/// that names values inside an unescaped tag, a blank text (removing it could make a section tag
/// stand alone on its line) and a text that names values across several lines (the same reason).
extension ThemeStrings {
    func inline(_ template: String, escape: (String) -> String) -> String {
        var out = ""
        out.reserveCapacity(template.utf8.count)
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            let tail = rest[open.lowerBound...]
            guard let tag = Self.textTag(at: tail), let text = texts[tag.key], let inlined = inlined(text, tag: tag, escape: escape) else {
                out += "{{"
                rest = rest[open.upperBound...]
                continue
            }
            out += inlined
            rest = tail[tag.end...]
        }
        out += rest
        return out
    }

    private func inlined(_ text: String, tag: TextTag, escape: (String) -> String) -> String? {
        guard text.contains(where: { !$0.isWhitespace }) else { return nil }
        guard text.contains("{{") else { return tag.escaped ? escape(text) : text }
        guard tag.escaped, !text.contains("\n") else { return nil }
        return inline(escape(text), escape: escape)
    }

    /// A variable tag naming a text: `{{t.key}}`, or unescaped `{{{t.key}}}` / `{{&t.key}}`.
    private struct TextTag {
        var key: String
        var escaped: Bool
        /// Just past the tag's closing braces.
        var end: Substring.Index
    }

    /// The text tag that starts `tail` (which starts with `{{`), nil for any other tag.
    private static func textTag(at tail: Substring) -> TextTag? {
        var inner = tail.dropFirst(2)
        var escaped = true
        var closing = "}}"
        if inner.first == "{" {
            inner = inner.dropFirst()
            escaped = false
            closing = "}}}"
        } else if inner.first == "&" {
            inner = inner.dropFirst()
            escaped = false
        }
        guard let close = inner.range(of: closing) else { return nil }
        let name = inner[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
        guard name.hasPrefix(root + "."), !name.contains(where: { $0.isWhitespace || $0 == "(" }) else { return nil }
        return TextTag(key: String(name.dropFirst(root.count + 1)), escaped: escaped, end: close.upperBound)
    }
}
