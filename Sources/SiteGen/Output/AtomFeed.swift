import OpenData

/// An Atom feed (RFC 4287), written by the theme's `feed.xml` template (XML-escaped). Timestamps
/// come from dates in the content (cut end, page date, site date), never from the clock.
struct AtomFeed {
    /// The template that writes every feed.
    static let template = "feed.xml"

    struct Entry {
        var id: String
        /// When it changed, and the same as an RFC 3339 timestamp for the template.
        var date: LocalDate
        var updated: String
        /// Link relative to the feed's own location.
        var link: String
        /// A page's title and summary (nil when it has none); nil for a cut.
        var title: String?
        var summary: String?
        /// A cut: the template words its title and summary from these.
        var report: Report?

        init(id: String, date: LocalDate, link: String, title: String? = nil, summary: String? = nil, report: Report? = nil) {
            self.id = id
            self.date = date
            updated = AtomFeed.timestamp(date)
            self.link = link
            self.title = title
            self.summary = summary
            self.report = report
        }
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
    /// The newest entry's timestamp, or the fallback date's when there is none.
    var updated: String
    var author: String
    /// The feed's own URL relative to itself (its file name) and the page it describes.
    var selfLink: String
    var alternate: String
    /// Newest first, ties broken by id, so the text is the same on every build.
    var entries: [Entry]

    init(id: String, site: String, subtitle: String?, territory: String?, author: String, selfLink: String, alternate: String,
         fallbackDate: LocalDate, entries: [Entry]) {
        self.id = id
        self.site = site
        self.subtitle = subtitle
        self.territory = territory
        updated = Self.timestamp(entries.map(\.date).max() ?? fallbackDate)
        self.author = author
        self.selfLink = selfLink
        self.alternate = alternate
        self.entries = entries.sorted { ($1.date, $0.id) < ($0.date, $1.id) }
    }

    func xml(theme: Theme) throws -> String { try theme.render(Self.template, self) }

    /// RFC 3339 timestamp at midnight UTC of a date.
    static func timestamp(_ date: LocalDate) -> String { date.iso + "T00:00:00Z" }

    /// A stable id for a site path: the absolute URL when the site has a base URL, else a URN.
    static func id(for path: String, baseURL: String) -> String {
        baseURL.isEmpty ? "urn:sitegen:" + (path.isEmpty ? "inicio" : path) : baseURL + path
    }
}
