import Foundation
import Testing
@testable import SiteGen

/// Headless Chromium through the tools' Selenium (`Tests/Scripts/browser_check.py`), on sites opened
/// from disk: at 390 px territory and project pages do not scroll sideways, and the search page
/// finds Pichindé from "pichinde" and Comuna 6 from "comuna 6".
@Suite(.tags(.external), .enabled(if: CatalogTools.available, Comment(rawValue: CatalogTools.missing)), .serialized) struct BrowserTests {
    static let python = FileManager.default.homeDirectoryForCurrentUser
        .appendingPathComponent(".cache/sitegen-tools/venv/bin/python").path

    static func check(_ site: URL, pages: [String]) throws {
        let script = TestSupport.packageRoot.appendingPathComponent("Tests/Scripts/browser_check.py").path
        let (status, output) = try TestSupport.run([python, script, site.path] + pages)
        let lines = output.split(separator: "\n")
        #expect(status == 0 && !lines.contains { $0.hasPrefix("FAIL") }, "\(output)")
        #expect(lines.filter { $0.hasPrefix("PASS") }.count == pages.count + 2, "\(output)")
    }

    /// The first project linked from a territory page.
    static func firstProject(_ site: URL, territory: String) throws -> String {
        let html = try TestSupport.read(site.appendingPathComponent("territorios/\(territory)/index.html"))
        let range = try #require(html.range(of: #"proyectos/BP[0-9A-Za-z]+/index\.html"#, options: .regularExpression))
        return String(html[range])
    }

    @Test(.realData) func realSiteOnAPhone() throws {
        let site = try TestSupport.build(try SiteCheckTests.realContent())
        // Comuna 1 has the most projects; its first project has long explanations per quarter.
        try Self.check(site, pages: ["territorios/comuna-01/index.html", try Self.firstProject(site, territory: "comuna-01"),
                                     "territorios/pichinde/index.html", "index.html"])
    }

    @Test func defaultSiteOnAPhone() throws {
        let site = try TestSupport.build(TestSupport.defaultContent)
        try Self.check(site, pages: ["territorios/comuna-06/index.html", try Self.firstProject(site, territory: "comuna-06"),
                                     "agenda/index.html", "informes/2025-T2/cambios/index.html"])
    }
}
