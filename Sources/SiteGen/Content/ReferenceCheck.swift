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
        for page in pages {
            for link in MarkdownLinks.find(in: page.markdown) {
                guard let target = ReferencePath.resolve(link.target, from: [page.section.rawValue, page.slug]) else { continue }
                guard target.count == 2, checkedFolders.contains(target[0]) else { continue }
                if !known.contains(target.joined(separator: "/")) {
                    diagnostics.error(SourceLocation(file: page.sourcePath, line: page.bodyLine + link.line - 1, column: link.column),
                                      "link to \"\(PrintableText.escaped(link.target))\": no such page in the site")
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

    static func find(in markdown: String) -> [Link] {
        var links: [Link] = []
        var inFence = false
        for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence { continue }
            let chars = Array(line)
            var i = 0
            while i + 1 < chars.count {
                if chars[i] == "]" && chars[i + 1] == "(" {
                    var start = i + 2
                    while start < chars.count && chars[start] == " " { start += 1 }
                    if start < chars.count && chars[start] == "<" { start += 1 }
                    var end = start
                    while end < chars.count && !" )>".contains(chars[end]) { end += 1 }
                    if end > start { links.append(Link(target: String(chars[start..<end]), line: index + 1, column: start + 1)) }
                    i = end
                } else if chars[i] == "]" && chars[i + 1] == ":" && trimmed.hasPrefix("[") {
                    var start = i + 2
                    while start < chars.count && chars[start] == " " { start += 1 }
                    var end = start
                    while end < chars.count && chars[end] != " " { end += 1 }
                    if end > start { links.append(Link(target: String(chars[start..<end]), line: index + 1, column: start + 1)) }
                    i = end
                } else {
                    i += 1
                }
            }
        }
        return links
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
