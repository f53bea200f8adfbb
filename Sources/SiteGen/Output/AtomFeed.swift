import OpenData

/// An Atom feed (RFC 4287), written by the theme's `feed.xml` template (XML-escaped). Timestamps
/// come from dates in the content (cut end, page date, site date), never from the clock.
struct AtomFeed {
    /// The template that writes every feed.
    static let template = "feed.xml"

    struct Entry {
        var id: String
        var updated: LocalDate
        /// Link relative to the feed's own location.
        var link: String
        /// A page's title and summary (nil when it has none); nil for a cut.
        var title: String?
        var summary: String?
        /// A cut: the template words its title and summary from these.
        var report: Report?
    }

    /// A Cuadro 1S cut in a feed: its name and how many projects it reports (in the territory, in
    /// a territory's feed).
    struct Report {
        var cut: String
        var projects: Int
    }

    var id: String
    /// The site's title, and its description (nil when empty).
    var site: String
    var subtitle: String?
    /// The territory of a territory's feed; nil for the site's.
    var territory: String?
    var author: String
    /// The feed's own URL relative to itself (its file name) and the page it describes.
    var selfLink: String
    var alternate: String
    /// Used when there are no entries.
    var fallbackDate: LocalDate
    var entries: [Entry]

    /// Newest first, ties broken by id, so the text is the same on every build.
    var sortedEntries: [Entry] {
        entries.sorted { ($1.updated, $0.id) < ($0.updated, $1.id) }
    }

    var updated: LocalDate { entries.map(\.updated).max() ?? fallbackDate }

    /// What the template reads: texts and RFC 3339 timestamps.
    struct View {
        struct Entry {
            var id: String
            var updated: String
            var link: String
            var title: String?
            var summary: String?
            var report: Report?
        }

        var id: String
        var site: String
        var subtitle: String?
        var territory: String?
        var updated: String
        var author: String
        var selfLink: String
        var alternate: String
        var entries: [Entry]
    }

    var view: View {
        View(id: id, site: site, subtitle: subtitle, territory: territory, updated: Self.timestamp(updated), author: author,
             selfLink: selfLink, alternate: alternate,
             entries: sortedEntries.map {
                 View.Entry(id: $0.id, updated: Self.timestamp($0.updated), link: $0.link, title: $0.title,
                            summary: $0.summary, report: $0.report)
             })
    }

    func xml(theme: Theme) throws -> String { try theme.render(Self.template, view) }

    /// RFC 3339 timestamp at midnight UTC of a date.
    static func timestamp(_ date: LocalDate) -> String { date.iso + "T00:00:00Z" }

    /// A stable id for a site path: the absolute URL when the site has a base URL, else a URN.
    static func id(for path: String, baseURL: String) -> String {
        baseURL.isEmpty ? "urn:sitegen:" + (path.isEmpty ? "inicio" : path) : baseURL + path
    }
}
