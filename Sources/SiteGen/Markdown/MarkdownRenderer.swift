import CCmarkGFM
import Foundation
import OpenData

/// Turns GitHub-flavoured Markdown into HTML with cmark-gfm in safe mode (raw HTML omitted,
/// dangerous URLs blanked) and the GFM extensions: tables, strikethrough, autolink, tagfilter and
/// task lists.
///
/// cmark-gfm 0.29 is not thread-safe while parsing (a global table; see TECH-NOTES), so parsing is
/// serialised behind a process-wide lock; rendering the parsed tree runs in parallel.
public struct MarkdownRenderer: Sendable {
    public static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    private static let parseLock = NSLock()
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    public init() {
        _ = Self.registered
    }

    /// Renders Markdown to an HTML fragment; heading ids are added after rendering.
    public func render(_ markdown: String) -> String {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART | CMARK_OPT_GITHUB_PRE_LANG | CMARK_OPT_FOOTNOTES
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        Self.parseLock.lock()
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        let document = cmark_parser_finish(parser)
        Self.parseLock.unlock()
        guard let document else { return "" }
        defer { cmark_node_free(document) }
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(html) }
        return HeadingAnchors.add(to: String(cString: html))
    }
}

/// Gives each `<h2>`–`<h4>` an id from its text, so headings can be linked (`#objetivos`). Done on the
/// rendered HTML because cmark-gfm's safe mode drops nodes inserted into the tree.
enum HeadingAnchors {
    static func add(to html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count + 64)
        var used = Set<String>()
        var rest = Substring(html)
        while let open = rest.range(of: "<h") {
            let afterTag = rest[open.upperBound...]
            guard let level = afterTag.first, "234".contains(level),
                  afterTag.dropFirst().first == ">",
                  let close = afterTag.range(of: "</h\(level)>") else {
                out += rest[..<open.upperBound]
                rest = afterTag
                continue
            }
            let inner = afterTag[afterTag.index(afterTag.startIndex, offsetBy: 2)..<close.lowerBound]
            var id = Slug.make(stripTags(String(inner)))
            if id.isEmpty { id = "seccion" }
            var candidate = id
            var n = 2
            while used.contains(candidate) { candidate = "\(id)-\(n)"; n += 1 }
            used.insert(candidate)
            out += rest[..<open.lowerBound]
            out += "<h\(level) id=\"\(candidate)\">" + inner + "</h\(level)>"
            rest = afterTag[close.upperBound...]
        }
        out += rest
        return out
    }

    static func stripTags(_ html: String) -> String {
        var out = ""
        var inTag = false
        for ch in html {
            if ch == "<" { inTag = true } else if ch == ">" { inTag = false } else if !inTag { out.append(ch) }
        }
        return out
    }
}
