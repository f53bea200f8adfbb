import Foundation
import OpenData
import Testing
@testable import SiteGen

/// Atom feeds (RFC 4287), iCalendar agendas (RFC 5545), robots.txt, 404.html, Open Graph tags and
/// the search index of the default site, and their byte-identical rebuild.
@Suite(.tags(.site)) struct FeedAndCalendarTests {
    static let site: Result<URL, Error> = Result { try TestSupport.build(TestSupport.defaultContent) }

    /// The text of every `<tag>…</tag>` of an XML block.
    static func values(_ tag: String, in xml: String) -> [String] {
        xml.components(separatedBy: "<\(tag)>").dropFirst().compactMap { $0.components(separatedBy: "</\(tag)>").first }
    }

    @Test func siteFeedHasAnEntryPerCutAndPage() throws {
        let output = try Self.site.get()
        let xml = try TestSupport.read(output.appendingPathComponent("feed.xml"))
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""))
        let entries = xml.components(separatedBy: "<entry>").dropFirst()
        var diagnostics = Diagnostics()
        let content = try #require(ContentLoader(root: TestSupport.defaultContent).load(diagnostics: &diagnostics))
        #expect(entries.count == content.data.reports.count + content.pages.count)
        for entry in entries {
            for tag in ["id", "title", "updated"] { #expect(Self.values(tag, in: entry).count == 1, "\(tag) in \(entry)") }
            #expect(entry.contains("<link rel=\"alternate\" type=\"text/html\" href=\""))
            let updated = try #require(Self.values("updated", in: entry).first)
            #expect(updated.range(of: #"^\d{4}-\d{2}-\d{2}T00:00:00Z$"#, options: .regularExpression) != nil)
            let href = try #require(entry.components(separatedBy: "href=\"").last?.components(separatedBy: "\"").first)
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(href).path), "\(href)")
        }
        // The feed's ids are absolute URLs under base_url and unique.
        let ids = Self.values("id", in: xml)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix(content.config.baseURL) })
        #expect(xml.contains("<updated>2025-06-30T00:00:00Z</updated>"), "the T2 cut ends on 30 June")
    }

    @Test func territoryFeedsLinkBackToTheSite() throws {
        let output = try Self.site.get()
        let xml = try TestSupport.read(output.appendingPathComponent("territorios/pichinde/feed.xml"))
        let links = xml.components(separatedBy: "href=\"").dropFirst().compactMap { $0.components(separatedBy: "\"").first }
        #expect(links.count >= 4)
        for link in links {
            let url = output.appendingPathComponent("territorios/pichinde/").appendingPathComponent(link).standardizedFileURL
            #expect(FileManager.default.fileExists(atPath: url.path), "\(link)")
        }
        #expect(xml.contains("Diagnóstico participativo"), "the territory's own page is an entry")
    }

    @Test func calendarsFollowRFC5545() throws {
        let output = try Self.site.get()
        let data = try Data(contentsOf: output.appendingPathComponent("agenda/agenda.ics"))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "bare LF")
        for line in lines { #expect(line.utf8.count <= 75, "\(line)") }
        let agenda = try TestSupport.read(TestSupport.defaultContent.appendingPathComponent("agenda.csv"))
        let events = agenda.split(separator: "\n").count - 1
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == events)
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == events)
        #expect(lines.filter { $0.hasPrefix("DTSTAMP:20250715T000000Z") }.count == events, "DTSTAMP is the site date")
        // 2025-02-13 18:30 in Bogotá is 23:30 UTC.
        #expect(lines.contains("DTSTART:20250213T233000Z"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("territorios/comuna-01/agenda.ics").path))
    }

    @Test func foldingAndEscaping() {
        let long = String(repeating: "Pichindé, vereda; ", count: 8)
        let folded = ICalendar.fold("DESCRIPTION:" + ICalendar.escape(long + "\nfin\\"))
        for line in folded.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
        let unfolded = folded.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded == "DESCRIPTION:" + String(repeating: "Pichindé\\, vereda\\; ", count: 8) + "\\nfin\\\\")
    }

    @Test func robotsNotFoundAndOpenGraph() throws {
        let output = try Self.site.get()
        let robots = try TestSupport.read(output.appendingPathComponent("robots.txt"))
        #expect(robots.contains("User-agent: *") && robots.contains("Sitemap: https://example.org/sitegen-cali/sitemap.xml"))
        let notFound = try TestSupport.read(output.appendingPathComponent("404.html"))
        #expect(notFound.contains("<h1>Página no encontrada</h1>") && notFound.contains("lang=\"es-CO\""))
        #expect(notFound.contains("href=\"https://example.org/sitegen-cali/css/sitio.css\""), "absolute links: served at any depth")
        let page = try TestSupport.read(output.appendingPathComponent("territorios/pichinde/index.html"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://example.org/sitegen-cali/territorios/pichinde/\">"))
        #expect(page.contains("<meta property=\"og:url\" content=\"https://example.org/sitegen-cali/territorios/pichinde/\">"))
        #expect(page.contains("<meta property=\"og:title\" content=\"Pichindé\">"))
        #expect(page.contains("<meta property=\"og:description\""))
    }

    @Test func searchIndexIsAScriptWithFoldedText() throws {
        let output = try Self.site.get()
        let script = try TestSupport.read(output.appendingPathComponent("buscar/indice.js"))
        #expect(script.contains("window.SITEGEN_INDICE = ["))
        let line = try #require(script.split(separator: "\n").first { $0.contains("\"t\":\"Pichindé\"") })
        #expect(line.contains("\"s\":\"pichinde") && line.contains("\"u\":\"territorios/pichinde/index.html\""))
        let comuna6 = try #require(script.split(separator: "\n").first { $0.contains("\"t\":\"Comuna 6\"") })
        #expect(comuna6.contains("comuna 6"))
        for kind in ["Proyecto", "Actividad", "Organismo", "Páginas"] { #expect(script.contains("\"k\":\"\(kind)\""), "\(kind)") }
    }

    @Test func rebuildIsByteIdentical() throws {
        let first = try TestSupport.snapshot(try Self.site.get())
        let second = try TestSupport.snapshot(try TestSupport.build(TestSupport.defaultContent))
        for name in ["feed.xml", "agenda/agenda.ics", "buscar/indice.js", "404.html", "index.html", "territorios/comuna-06/index.html"] {
            #expect(first[name] != nil && first[name] == second[name], "\(name)")
        }
        #expect(first == second)
    }
}
