import OpenData

/// An Atom feed (RFC 4287) as XML text: every value is escaped as it is written. Timestamps come
/// from dates in the content (cut end, page date, site date), never from the clock.
struct AtomFeed {
    struct Entry {
        var id: String
        var title: String
        var updated: LocalDate
        /// Link relative to the feed's own location.
        var link: String
        var summary: String
    }

    var id: String
    var title: String
    var subtitle: String
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

    func xml() -> String {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"es-CO\">\n"
        out += "  <id>\(XMLText.escape(id, apostrophes: true))</id>\n"
        out += "  <title>\(XMLText.escape(title, apostrophes: true))</title>\n"
        if !subtitle.isEmpty { out += "  <subtitle>\(XMLText.escape(subtitle, apostrophes: true))</subtitle>\n" }
        out += "  <updated>\(Self.timestamp(updated))</updated>\n"
        out += "  <author><name>\(XMLText.escape(author, apostrophes: true))</name></author>\n"
        out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.escape(selfLink, apostrophes: true))\"/>\n"
        out += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(alternate, apostrophes: true))\"/>\n"
        for entry in sortedEntries {
            out += "  <entry>\n"
            out += "    <id>\(XMLText.escape(entry.id, apostrophes: true))</id>\n"
            out += "    <title>\(XMLText.escape(entry.title, apostrophes: true))</title>\n"
            out += "    <updated>\(Self.timestamp(entry.updated))</updated>\n"
            out += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(entry.link, apostrophes: true))\"/>\n"
            if !entry.summary.isEmpty { out += "    <summary>\(XMLText.escape(entry.summary, apostrophes: true))</summary>\n" }
            out += "  </entry>\n"
        }
        out += "</feed>\n"
        return out
    }

    /// RFC 3339 timestamp at midnight UTC of a date.
    static func timestamp(_ date: LocalDate) -> String { date.iso + "T00:00:00Z" }

    /// A stable id for a site path: the absolute URL when the site has a base URL, else a URN.
    static func id(for path: String, baseURL: String) -> String {
        baseURL.isEmpty ? "urn:sitegen:" + (path.isEmpty ? "inicio" : path) : baseURL + path
    }
}
