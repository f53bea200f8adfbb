import Foundation
import OpenData

/// The site's files that are not page folders: `404.html`, `robots.txt`, the Atom feeds, the
/// iCalendar agendas and the search index. The page and the feeds are the theme's templates;
/// `robots.txt` (two lines) and the iCalendar files (folded, CRLF lines) are written here.
struct SiteFiles {
    let content: SiteContent
    let theme: Theme

    /// One file, or a few, made on their own.
    typealias Part = @Sendable () throws -> [(String, [UInt8])]

    /// The files in a fixed order, each part made on its own, so the parts run in parallel. The
    /// search index and the site's feed cover every page: they come first, so that they start
    /// first and do not run alone at the end while the other cores wait.
    func parts() -> [Part] {
        let content = self.content
        let theme = self.theme
        let config = content.config
        let context = PageContext(config: config, words: theme.words)
        var parts: [Part] = [
            { [(SearchIndex.path, SearchIndex(content: content, words: theme.words).script())] },
            { [("feed.xml", Array(try FeedBuilder(content: content).site().xml(theme: theme).utf8))] },
            { [("404.html", Array(try theme.render("404", NotFoundPage(content: content, context: context)).utf8))] },
            {
                var robots = "User-agent: *\nAllow: /\n"
                if !config.baseURL.isEmpty { robots += "Sitemap: \(config.baseURL)sitemap.xml\n" }
                return [("robots.txt", Array(robots.utf8))]
            },
            { TransparencyFiles(menu: TransparencyMenu(content: content), baseURL: config.baseURL).files() },
        ]
        var pagesByTerritory: [Int: [Int]] = [:]
        for (index, page) in content.pages.enumerated() {
            if let code = page.territoryCode { pagesByTerritory[code, default: []].append(index) }
        }
        for territory in content.data.territories.territories {
            let pages = pagesByTerritory[territory.code] ?? []
            parts.append {
                let feed = try FeedBuilder(content: content).territory(territory, pages: pages).xml(theme: theme)
                var files = [(TerritoryPage.path(territory) + "feed.xml", Array(feed.utf8))]
                let events = content.agenda.filter { $0.territoryCode == territory.code }
                if !events.isEmpty {
                    let calendar = ICalendar(name: theme.words(.calendario, ["name": territory.name]), stamp: config.date,
                                             events: events, territories: content.data.territories, cityWide: theme.words(.todaLaCiudad))
                    files.append((TerritoryPage.path(territory) + AgendaPage.calendarFile, Array(calendar.text().utf8)))
                }
                return files
            }
        }
        if !content.agenda.isEmpty {
            parts.append {
                let calendar = ICalendar(name: theme.words(.calendario, ["name": config.title]), stamp: config.date,
                                         events: content.agenda, territories: content.data.territories, cityWide: theme.words(.todaLaCiudad))
                return [(AgendaPage.path + AgendaPage.calendarFile, Array(calendar.text().utf8))]
            }
        }
        return parts
    }

    func render() throws -> OutputFiles {
        let parts = parts()
        let results = ResultSlots<[(String, [UInt8])]>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { index in
            results.set(index, Result { try parts[index]() })
        }
        var output = OutputFiles()
        for index in parts.indices {
            for (path, bytes) in try results.get(index) { try output.add(path, bytes) }
        }
        return output
    }
}

/// The Atom feeds' entries: each cut (with its "Qué cambió" page when there is one) and each page.
struct FeedBuilder {
    let content: SiteContent

    var fallbackDate: LocalDate {
        content.config.date ?? content.data.latest?.cut.periodEnd ?? LocalDate(year: 2000, month: 1, day: 1)!
    }

    func id(_ path: String) -> String { AtomFeed.id(for: path, baseURL: content.config.baseURL) }

    /// `feed.xml` at the root: every cut and every page.
    func site() -> AtomFeed {
        var entries: [AtomFeed.Entry] = content.data.reports.map { report in
            AtomFeed.Entry(id: id(ReportPage.path(report.cut)), date: report.cut.periodEnd,
                           link: ReportPage.path(report.cut) + "index.html",
                           report: AtomFeed.Report(cut: SpanishFormat.cut(report.cut), projects: Totals(report.projects).projects))
        }
        entries += content.pages.map { page in
            AtomFeed.Entry(id: id(page.path), date: page.date ?? fallbackDate, link: page.path + "index.html",
                           title: page.title, summary: page.summary.isEmpty ? nil : page.summary)
        }
        return AtomFeed(id: id(""), site: content.config.title,
                        subtitle: content.config.description.isEmpty ? nil : content.config.description, territory: nil,
                        author: content.config.publisher.name, selfLink: "feed.xml", alternate: "index.html",
                        fallbackDate: fallbackDate, entries: entries)
    }

    /// `territorios/<slug>/feed.xml`: the territory in each cut, and its pages (their indices in
    /// the content's pages, in order).
    func territory(_ territory: Territory, pages: [Int]) -> AtomFeed {
        let path = TerritoryPage.path(territory)
        let root = PageContext.root(for: path)
        var entries: [AtomFeed.Entry] = content.data.reports.map { report in
            let count = Totals(report.projects.filter { $0.territoryCode == territory.code }).projects
            return AtomFeed.Entry(id: id(path + "#" + report.cut.id), date: report.cut.periodEnd,
                                  link: root + ReportPage.path(report.cut) + "index.html",
                                  report: AtomFeed.Report(cut: SpanishFormat.cut(report.cut), projects: count))
        }
        entries += pages.map { index in
            let page = content.pages[index]
            return AtomFeed.Entry(id: id(page.path), date: page.date ?? fallbackDate, link: root + page.path + "index.html",
                           title: page.title, summary: page.summary.isEmpty ? nil : page.summary)
        }
        return AtomFeed(id: id(path), site: content.config.title, subtitle: nil, territory: territory.name,
                        author: content.config.publisher.name, selfLink: "feed.xml", alternate: "index.html",
                        fallbackDate: fallbackDate, entries: entries)
    }
}

/// The Spanish "page not found" page. Served at any depth, so its links are absolute when the site
/// has a base URL and relative to the root otherwise.
struct NotFoundPage {
    var frame: PageFrame
    var home: String

    init(content: SiteContent, context: PageContext) {
        var frame = context.frame(path: "", title: context.words(.noEncontrada))
        let base = content.config.baseURL
        if !base.isEmpty {
            func absolute(_ href: String) -> String { href.hasPrefix("./") ? base + href.dropFirst(2) : href }
            frame.root = base
            frame.feed = absolute(frame.feed)
            frame.search = absolute(frame.search)
        }
        frame.current = .none
        frame.canonical = ""
        self.frame = frame
        home = frame.root + "index.html"
    }
}
