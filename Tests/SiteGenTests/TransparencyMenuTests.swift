import FlyingFox
import Foundation
import OpenData
import Testing
@testable import SiteGen

/// The menus of Resolución 1519 de 2020 on the default site: their items and numbering, no dead
/// item, items hidden when the data is missing, the entity's site when given, `ita.csv` equal to
/// the menus, and every `ita.csv` URL answered by the served site.
@Suite(.tags(.site)) struct TransparencyMenuTests {
    static let site: Result<URL, Error> = Result { try TestSupport.build(TestSupport.defaultContent) }

    let output: URL
    init() throws { output = try Self.site.get() }

    /// The `href`s of the menu links (`<span class="numeral">N</span> <a href="…">`), by numeral.
    func menuLinks(_ page: String) throws -> [(number: String, href: String)] {
        let html = try TestSupport.read(output.appendingPathComponent(page))
        let pattern = try NSRegularExpression(pattern: #"<span class="numeral">([0-9.]+)</span> <a href="([^"]+)">"#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { match in
            (String(html[Range(match.range(at: 1), in: html)!]), String(html[Range(match.range(at: 2), in: html)!]))
        }
    }

    @Test func transparencyMenuHasTheServedCategoriesInStandardOrder() throws {
        let links = try menuLinks("transparencia/index.html")
        let numbers = links.map(\.number)
        var seen: [String] = []
        for number in numbers where seen.last != number { seen.append(number) }
        #expect(seen == ["4.2", "4.3", "4.4", "4.7", "7"], "numerals in order: \(seen)")
        let html = try TestSupport.read(output.appendingPathComponent("transparencia/index.html"))
        #expect(html.contains("<h1>Transparencia y acceso a la información pública</h1>"))
        #expect(html.contains("Actualizado: <time datetime=\"2025-06-30\">"), "the latest cut's end date")
        // Every project of the site has its ficha linked from item 4.4.
        let fichas = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("proyectos").path)
        #expect(!fichas.isEmpty)
        for bp in fichas { #expect(html.contains("href=\"../proyectos/\(bp)/index.html\""), "ficha \(bp) listed") }
    }

    @Test func participaMenuHasItsSections() throws {
        let numbers = Set(try menuLinks("participa/index.html").map(\.number))
        for number in ["6.1.3", "6.1.8", "6.2.1", "6.2.2", "6.2.5", "6.2.6"] {
            #expect(numbers.contains(number), "Menú Participa has \(number): \(numbers.sorted())")
        }
    }

    @Test func noMenuItemIsDead() throws {
        for page in ["transparencia/index.html", "participa/index.html"] {
            let folder = (page as NSString).deletingLastPathComponent
            for link in try menuLinks(page) where !link.href.hasPrefix("http") {
                let file = link.href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
                let target = file.isEmpty ? page : (folder as NSString).appendingPathComponent(file)
                let path = URL(fileURLWithPath: output.appendingPathComponent(target).path).standardizedFileURL.path
                #expect(FileManager.default.fileExists(atPath: path), "\(page): \(link.number) → \(link.href)")
            }
        }
    }

    @Test func everyPageLinksBothMenusFromItsFooter() throws {
        for page in ["index.html", "agenda/index.html", "datos/index.html"] {
            let html = try TestSupport.read(output.appendingPathComponent(page))
            #expect(html.contains("transparencia/index.html\">Transparencia</a>"), "\(page)")
            #expect(html.contains("participa/index.html\">Participa</a>"), "\(page)")
        }
    }

    @Test func itaFilesListEveryMenuItem() throws {
        let rows = try TestSupport.csvRows(output.appendingPathComponent("transparencia/ita.csv"))
        let items = try menuLinks("transparencia/index.html").count + menuLinks("participa/index.html").count
        #expect(rows.count == items)
        #expect(rows.allSatisfy { ($0["url"] ?? "").hasPrefix("https://") }, "absolute URLs with base_url")
        #expect(try TestSupport.jsonRows(output.appendingPathComponent("transparencia/ita.json")).count == items)
    }

    @Test func itemsWithoutDataAreHiddenAndEntitySiteIsUsed() throws {
        let content = TestSupport.temporaryFolder("content")
        try FileManager.default.copyItem(at: TestSupport.defaultContent, to: content.appendingPathComponent("c"))
        let root = content.appendingPathComponent("c")
        try FileManager.default.removeItem(at: root.appendingPathComponent("ejecucion"))
        let config = try TestSupport.read(root.appendingPathComponent("site.yml"))
        try Data((config + "sitio_entidad: \"https://entidad.example.org/transparencia\"\n").utf8)
            .write(to: root.appendingPathComponent("site.yml"))
        let site = try TestSupport.build(root)
        let html = try TestSupport.read(site.appendingPathComponent("transparencia/index.html"))
        #expect(!html.contains("<span class=\"numeral\">4.2</span>"), "no execution files, no 4.2 item")
        #expect(html.contains("<span class=\"numeral\">4.3</span>"))
        #expect(html.contains("href=\"https://entidad.example.org/transparencia\""))
        let rows = try TestSupport.csvRows(site.appendingPathComponent("transparencia/ita.csv"))
        #expect(!rows.contains { $0["numeral"] == "4.2" })
        #expect(rows.contains { $0["url"] == "https://entidad.example.org/transparencia" })
    }

    @Test func everyItaURLAnswersOnTheServedSite() async throws {
        let rows = try TestSupport.csvRows(output.appendingPathComponent("transparencia/ita.csv"))
        let base = "https://example.org/sitegen-cali/"
        let handler = StaticFileHandler(root: output, events: PreviewEvents())
        var checked = 0
        for row in rows {
            let url = row["url"] ?? ""
            guard url.hasPrefix(base) else { continue }
            let path = "/" + (url.dropFirst(base.count).split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            let response = try await handler.handleRequest(HTTPRequest(method: .GET, version: .http11, target: .init(path: path, query: ""),
                                                                       headers: [:], body: HTTPBodySequence()))
            #expect(response.statusCode == .ok, "\(url) → \(response.statusCode)")
            checked += 1
        }
        #expect(checked > 10)
    }
}
