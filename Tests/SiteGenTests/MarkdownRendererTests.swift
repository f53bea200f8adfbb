import Foundation
import Testing
@testable import SiteGen

@Suite(.tags(.unit)) struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func rendersGFMTables() {
        let html = renderer.render("| Comuna | Proyectos |\n|---|---:|\n| 1 | 12 |\n")
        #expect(html.contains("<table>"))
        #expect(html.contains("<th>Comuna</th>"))
        #expect(html.contains("<td align=\"right\">12</td>"))
    }

    @Test func rendersStrikethroughAndAutolinks() {
        let html = renderer.render("~~viejo~~ y www.cali.gov.co y https://datos.gov.co/")
        #expect(html.contains("<del>viejo</del>"))
        #expect(html.contains("<a href=\"http://www.cali.gov.co\">www.cali.gov.co</a>"))
        #expect(html.contains("<a href=\"https://datos.gov.co/\">https://datos.gov.co/</a>"))
    }

    @Test func rendersTaskLists() {
        let html = renderer.render("- [x] hecho\n- [ ] pendiente\n")
        #expect(html.contains("type=\"checkbox\""))
    }

    @Test func rawHTMLAndDangerousURLsNeverReachTheOutput() {
        let html = renderer.render("<script>alert(1)</script>\n\nHola <img src=x onerror=alert(1)> [x](javascript:alert(1))\n\n<iframe src=\"https://malo\"></iframe>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("onerror"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("<iframe"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func headingsGetIds() {
        let html = renderer.render("## Problemas priorizados\n\n## Problemas priorizados\n")
        #expect(html.contains("<h2 id=\"problemas-priorizados\">"))
        #expect(html.contains("<h2 id=\"problemas-priorizados-2\">"))
    }

    #if os(Linux)
    /// On Linux the pinned special characters are in effect, so the test below runs parses at the
    /// same time rather than one after another behind the fallback lock.
    @Test func parsesRunInParallel() {
        #expect(MarkdownRenderer.parsesInParallel)
    }
    #endif

    /// cmark-gfm 0.29 parsing is not thread-safe by itself (a global table of inline characters);
    /// rendering many pages in parallel must equal a serial render.
    @Test func parallelRenderingEqualsSerial() {
        let pages = (0..<600).map { i in
            "# Página \(i)\n\nVisite www.ejemplo\(i).org o https://cali.gov.co/\(i) ~~tachado \(i)~~.\n\n| a | b |\n|---|---|\n| \(i) | x |\n\n- [x] tarea \(i)\n"
        }
        let serial = pages.map { renderer.render($0) }
        let parallel = ResultSlots<String>(count: pages.count)
        let shared = renderer
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            parallel.set(index, .success(shared.render(pages[index])))
        }
        for index in pages.indices {
            #expect((try? parallel.get(index)) == serial[index], "page \(index) differs")
        }
        #expect(serial.allSatisfy { $0.contains("<del>") && $0.contains("<a href=") })
    }
}
