import CCmarkGFM
import CCmarkParallel
import Foundation
import OpenData
import Synchronization

/// Turns GitHub-flavoured Markdown into HTML with cmark-gfm in safe mode (raw HTML omitted,
/// dangerous URLs blanked) and the GFM extensions: tables, strikethrough, autolink, tagfilter and
/// task lists.
///
/// cmark-gfm 0.29 adds and removes the extensions' inline characters in a process-wide table on
/// every parse (see TECH-NOTES), so concurrent parses race. `CCmarkParallel` pins those characters
/// once and stops the per-parse changes; when that is in effect (checked once, on the first use)
/// pages parse in parallel, otherwise parsing is serialised behind a process-wide lock. Rendering
/// the parsed tree always runs in parallel.
public struct MarkdownRenderer: Sendable {
    public static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    static let options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART | CMARK_OPT_GITHUB_PRE_LANG | CMARK_OPT_FOOTNOTES

    private static let parseLock = NSLock()

    /// True when parses may run at the same time: the extensions are registered, their characters
    /// pinned, and a probe parse went through the pinned path.
    static let parsesInParallel: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = makeParser() else { return false }
        defer { cmark_parser_free(parser) }
        guard sitegen_cmark_pin_special_characters(parser) == 1 else { return false }
        let callsBefore = sitegen_cmark_hook_calls()
        guard let probe = parse("~~a~~ www.a.co") else { return false }
        cmark_node_free(probe.document)
        cmark_parser_free(probe.parser)
        return sitegen_cmark_hook_calls() > callsBefore
    }()

    public init() {
        _ = Self.parsesInParallel
    }

    /// Renders Markdown to an HTML fragment; heading ids are added after rendering.
    public func render(_ markdown: String) -> String {
        let parsed: (parser: OpaquePointer, document: OpaquePointer)?
        if Self.parsesInParallel {
            parsed = Self.parse(markdown)
        } else {
            Self.parseLock.lock()
            parsed = Self.parse(markdown)
            Self.parseLock.unlock()
        }
        guard let (parser, document) = parsed else { return "" }
        defer { cmark_parser_free(parser) }
        defer { cmark_node_free(document) }
        guard let html = cmark_render_html(document, Self.options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(html) }
        // Read as bytes and made a String once, after the ids are added.
        let count = strlen(html)
        return html.withMemoryRebound(to: UInt8.self, capacity: count) { start in
            HeadingAnchors.add(toBytes: Array(UnsafeBufferPointer(start: start, count: count)))
        }
    }

    /// A parser with sitegen's options and extensions attached.
    private static func makeParser() -> OpaquePointer? {
        guard let parser = cmark_parser_new(options) else { return nil }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        return parser
    }

    /// Parses `markdown`; the caller frees both the document and the parser (rendering needs the
    /// parser's extensions).
    private static func parse(_ markdown: String) -> (parser: OpaquePointer, document: OpaquePointer)? {
        guard let parser = makeParser() else { return nil }
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else {
            cmark_parser_free(parser)
            return nil
        }
        return (parser, document)
    }
}

/// Gives each `<h2>`–`<h4>` an id from its text, so headings can be linked (`#objetivos`). Done on the
/// rendered HTML because cmark-gfm's safe mode drops nodes inserted into the tree.
enum HeadingAnchors {
    /// Works on the UTF-8 bytes (Foundation's `range(of:)` was a fifth of a 10,000-page build).
    static func add(to html: String) -> String {
        add(toBytes: Array(html.utf8))
    }

    /// The same, on the UTF-8 bytes of the HTML.
    static func add(toBytes bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var used = Set<String>()
        var rest = 0
        while let open = find([0x3C, 0x68], in: bytes, from: rest) { // "<h"
            let after = open + 2
            guard after + 1 < bytes.count, (0x32...0x34).contains(bytes[after]), bytes[after + 1] == 0x3E,
                  !startsGraphemeExtension(bytes, at: after + 1), !startsGraphemeExtension(bytes, at: after + 2),
                  let close = find([0x3C, 0x2F, 0x68, bytes[after], 0x3E], in: bytes, from: after) else { // "</hN>"
                out.append(contentsOf: bytes[rest..<after])
                rest = after
                continue
            }
            let level = bytes[after] - 0x30
            let inner = bytes[(after + 2)..<close]
            var id = slug(inner)
            if id.isEmpty { id = "seccion" }
            var candidate = id
            var n = 2
            while used.contains(candidate) { candidate = "\(id)-\(n)"; n += 1 }
            used.insert(candidate)
            out.append(contentsOf: bytes[rest..<open])
            out.append(contentsOf: "<h\(level) id=\"\(candidate)\">".utf8)
            out.append(contentsOf: inner)
            out.append(contentsOf: "</h\(level)>".utf8)
            rest = close + 5
        }
        out.append(contentsOf: bytes[rest...])
        return String(decoding: out, as: UTF8.self)
    }

    /// The first index at or after `start` where `needle` occurs in `bytes`.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        let last = bytes.count - needle.count
        guard start <= last else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            let base = buffer.baseAddress!
            var i = start
            while i <= last {
                // memchr finds the first byte; the rest is compared here.
                guard let hit = memchr(base + i, Int32(needle[0]), last - i + 1) else { return nil }
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                var j = 1
                while j < needle.count && buffer[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
                i += 1
            }
            return nil
        }
    }

    /// True when the character at `index` would join the one before it into one grapheme (a
    /// combining mark, joiner or variation selector): then the tag is not a plain `<hN>`, as the
    /// character-based matching this replaced also judged.
    static func startsGraphemeExtension(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index < bytes.count, bytes[index] >= 0x80 else { return false }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.first else { return false }
        return scalar.properties.isGraphemeExtend || scalar.value == 0x200D
            || scalar.properties.generalCategory == .spacingMark
    }

    /// `Slug.make` of the heading's text without tags. ASCII text is done on bytes (the same
    /// letters and digits in lower case, dashes between); other text is slugged by `Slug.make`
    /// and remembered, since the same headings come back page after page (folding each one with
    /// Foundation was a twentieth of a 10,000-page build).
    static func slug(_ inner: ArraySlice<UInt8>) -> String {
        guard inner.allSatisfy({ $0 < 0x80 }) else {
            let text = String(decoding: inner, as: UTF8.self)
            if let known = slugs.withLock({ $0[text] }) { return known }
            let slug = Slug.make(stripTags(text))
            slugs.withLock { known in
                if known.count > 50_000 { known = [:] } // a long `serve` session
                known[text] = slug
            }
            return slug
        }
        var out: [UInt8] = []
        out.reserveCapacity(inner.count)
        var inTag = false
        var lastDash = true
        for byte in inner {
            if byte == 0x3C { inTag = true } else if byte == 0x3E { inTag = false } else if !inTag {
                if let lower = SearchFold.asciiWordByte(byte) {
                    out.append(lower)
                    lastDash = false
                } else if !lastDash {
                    out.append(0x2D)
                    lastDash = true
                }
            }
        }
        while out.last == 0x2D { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Slugs of non-ASCII heading texts already made: text → slug.
    private static let slugs = Mutex<[String: String]>([:])

    static func stripTags(_ html: String) -> String {
        var out = ""
        var inTag = false
        for ch in html {
            if ch == "<" { inTag = true } else if ch == ">" { inTag = false } else if !inTag { out.append(ch) }
        }
        return out
    }
}
