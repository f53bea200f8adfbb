import Foundation
import OpenData

/// Checks the relative links of Markdown pages: a link to a page of the site that the build does
/// not make (a plan, diagnostic or free page, a territory, a report cut or a project) is an error
/// at its line and column. Links are written as the output has them, relative to the page's folder
/// (`../como-participar/index.html` from `paginas/acerca.md`), so a link to a source file name
/// (`../como-participar.md`) is an error too. External links (with a scheme), anchors and other
/// folders (datos/, css/) are not checked.
extension ContentLoader {
    func checkReferences(pages: [MarkdownPage], territories: TerritoryCatalog, reports: [Cuadro1SReport],
                         diagnostics: inout Diagnostics) {
        var known = Set<String>()
        for page in pages { known.insert("\(page.section.rawValue)/\(page.slug)") }
        for territory in territories.territories { known.insert("territorios/\(territory.slug)") }
        for report in reports { known.insert("informes/\(report.cut.id)") }
        if let latest = reports.max(by: { $0.cut < $1.cut }) {
            for project in latest.projects { known.insert("proyectos/\(project.bp)") }
        }
        let checkedFolders: Set<String> = Set(MarkdownPage.Section.allCases.map(\.rawValue) + ["territorios", "informes", "proyectos"])
        // Links are found in parallel; problems are reported in page order.
        let found = ResultSlots<[MarkdownLinks.Link]>(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            found.set(index, .success(MarkdownLinks.find(in: pages[index].markdown)))
        }
        for (index, page) in pages.enumerated() {
            for link in (try? found.get(index)) ?? [] {
                guard let target = ReferencePath.resolve(link.target, from: [page.section.rawValue, page.slug]) else { continue }
                guard target.count == 2, checkedFolders.contains(target[0]) else { continue }
                if !known.contains(target.joined(separator: "/")) {
                    diagnostics.error(SourceLocation(file: page.sourcePath, line: page.bodyLine + link.line - 1, column: link.column),
                                      .content(.brokenLink(target: link.target)))
                }
            }
        }
    }
}

/// Link targets in Markdown text (`[text](target)`, `![alt](target)`, `[ref]: target`) with their
/// 1-based line and column, outside fenced code blocks.
enum MarkdownLinks {
    struct Link {
        var target: String
        var line: Int
        var column: Int
    }

    /// Scans UTF-8 bytes (most lines hold no link, and line ends and `]` are found with `memchr`);
    /// columns count characters, as editors show them.
    static func find(in markdown: String) -> [Link] {
        var text = markdown
        return text.withUTF8 { find(inBytes: $0) }
    }

    private static func find(inBytes bytes: UnsafeBufferPointer<UInt8>) -> [Link] {
        var links: [Link] = []
        var inFence = false
        var lineStart = 0
        var lineNumber = 1
        while lineStart <= bytes.count {
            let lineEnd = position(of: UInt8(ascii: "\n"), in: bytes, from: lineStart, to: bytes.count)
            scan(bytes, from: lineStart, to: lineEnd, line: lineNumber, inFence: &inFence, into: &links)
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return links
    }

    /// The first `byte` in `bytes[from..<to]`, or `to`.
    private static func position(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard from < to, let base = bytes.baseAddress, let found = memchr(base + from, Int32(byte), to - from) else { return to }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from lineStart: Int, to lineEnd: Int, line: Int, inFence: inout Bool,
                             into links: inout [Link]) {
        var first = lineStart
        while first < lineEnd && (bytes[first] == UInt8(ascii: " ") || bytes[first] == UInt8(ascii: "\t")) { first += 1 }
        let rest = bytes[first..<lineEnd]
        if rest.starts(with: "```".utf8) || rest.starts(with: "~~~".utf8) {
            inFence.toggle()
            return
        }
        if inFence { return }
        let isReferenceLine = first < lineEnd && bytes[first] == UInt8(ascii: "[")
        func link(_ start: Int, _ end: Int) -> Link {
            Link(target: String(decoding: bytes[start..<end], as: UTF8.self), line: line,
                 column: String(decoding: bytes[lineStart..<start], as: UTF8.self).count + 1)
        }
        func isEnd(_ byte: UInt8, _ terminators: String) -> Bool { terminators.utf8.contains(byte) }
        var i = position(of: UInt8(ascii: "]"), in: bytes, from: lineStart, to: lineEnd)
        while i + 1 < lineEnd {
            guard bytes[i] == UInt8(ascii: "]") else {
                i = position(of: UInt8(ascii: "]"), in: bytes, from: i + 1, to: lineEnd)
                continue
            }
            let next = bytes[i + 1]
            if next == UInt8(ascii: "(") || (next == UInt8(ascii: ":") && isReferenceLine) {
                let inline = next == UInt8(ascii: "(")
                var start = i + 2
                while start < lineEnd && bytes[start] == UInt8(ascii: " ") { start += 1 }
                if inline && start < lineEnd && bytes[start] == UInt8(ascii: "<") { start += 1 }
                var end = start
                while end < lineEnd && !isEnd(bytes[end], inline ? " )>\r" : " \r") { end += 1 }
                if end > start { links.append(link(start, end)) }
                i = end
            } else {
                i += 1
            }
        }
    }
}

/// Resolves a relative link against a page's output folder into the output path's segments
/// (`index.html` dropped); nil for external links, anchors and links that
/// climb above the site root.
enum ReferencePath {
    static func resolve(_ target: String, from folder: [String]) -> [String]? {
        var path = target
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
        if path.isEmpty { return nil }
        if let colon = path.firstIndex(of: ":"), !path[..<colon].contains("/") { return nil }
        if path.hasPrefix("//") { return nil }
        var segments = path.hasPrefix("/") ? [] : folder
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(String(part))
            }
        }
        if segments.last == "index.html" { segments.removeLast() }
        return segments
    }
}
