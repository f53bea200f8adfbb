import Foundation
import Testing
@testable import SiteGen

/// Builds the default site and a site from the real files, then runs the external checkers on each
/// (`Tests/Scripts/check_built_site.sh`: Nu HTML checker, linkchecker at the root and under a
/// sub-path, axe at 1280 and 390 px). A line saying FAIL fails the test and prints the logs.
@Suite(.tags(.external), .enabled(if: CatalogTools.available, Comment(rawValue: CatalogTools.missing)), .serialized) struct SiteCheckTests {
    /// Content built from the real files of ../shared/realdata.
    static func realContent() throws -> URL {
        try TestSupport.content(copying: [
            "informes-1s/2025-T1.csv": TestSupport.realFile(TestSupport.cuadroT1),
            "ejecucion/2025-03.csv": TestSupport.realFile("EXCERPT_EJECUCION_MARZO_2025.csv"),
            "geo/comunas.geojson": TestSupport.realFile("comunas.geojson"),
        ])
    }

    @Test(.realData) func realSitePassesEveryChecker() throws {
        let site = try TestSupport.build(try Self.realContent())
        try Self.check(site, name: "real", axeSample: 50)
    }

    @Test func defaultSitePassesEveryChecker() throws {
        let content = TestSupport.defaultContent
        try #require(FileManager.default.fileExists(atPath: content.appendingPathComponent("site.yml").path),
                     "the default content folder is missing")
        let site = try TestSupport.build(content)
        try Self.check(site, name: "default", axeSample: 100)
    }

    /// Runs the checkers; records an issue with every failing log when a line says FAIL.
    static func check(_ site: URL, name: String, axeSample: Int) throws {
        let logs = TestSupport.temporaryFolder("site-check-\(name)")
        let script = TestSupport.packageRoot.appendingPathComponent("Tests/Scripts/check_built_site.sh")
        let (status, output) = try TestSupport.run(["bash", script.path, site.path, logs.path],
                                                   environment: ["AXE_SAMPLE": String(axeSample)])
        let failures = output.split(separator: "\n").filter { $0.hasPrefix("FAIL") }
        var report = output
        for line in failures {
            if let range = line.range(of: "-> ") {
                let log = String(line[range.upperBound...]).trimmingCharacters(in: .whitespaces)
                let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? "(no log)"
                report += "\n--- \(log)\n" + String(text.suffix(6000))
            }
        }
        #expect(failures.isEmpty && status == 0, "\(name) site: \(report)")
        #expect(output.contains("PASS  links under /sub/path/"), "\(name) site: \(output)")
        #expect(output.contains("key pages at 390 px"), "\(name) site: \(output)")
    }

    /// The checkers do fail: a page without a language, with a broken link and an image without
    /// text gives FAIL lines.
    @Test func aBrokenSiteFails() throws {
        let site = TestSupport.temporaryFolder("broken-site")
        let html = "<!DOCTYPE html><html><head><title>x</title></head><body><main><h1>x</h1>"
            + "<a href=\"falta/index.html\">roto</a><img src=\"a.png\"></main></body></html>"
        try Data(html.utf8).write(to: site.appendingPathComponent("index.html"))
        let script = TestSupport.packageRoot.appendingPathComponent("Tests/Scripts/check_built_site.sh")
        let (status, output) = try TestSupport.run(["bash", script.path, site.path, TestSupport.temporaryFolder("broken-logs").path])
        #expect(status != 0)
        for check in ["html (vnu", "links (linkchecker)", "accessibility (axe", "links under /sub/path/"] {
            #expect(output.contains("FAIL  \(check)"), "\(check): \(output)")
        }
    }
}
