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
        out += "  <id>\(Self.escape(id))</id>\n"
        out += "  <title>\(Self.escape(title))</title>\n"
        if !subtitle.isEmpty { out += "  <subtitle>\(Self.escape(subtitle))</subtitle>\n" }
        out += "  <updated>\(Self.timestamp(updated))</updated>\n"
        out += "  <author><name>\(Self.escape(author))</name></author>\n"
        out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(Self.escape(selfLink))\"/>\n"
        out += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(Self.escape(alternate))\"/>\n"
        for entry in sortedEntries {
            out += "  <entry>\n"
            out += "    <id>\(Self.escape(entry.id))</id>\n"
            out += "    <title>\(Self.escape(entry.title))</title>\n"
            out += "    <updated>\(Self.timestamp(entry.updated))</updated>\n"
            out += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(Self.escape(entry.link))\"/>\n"
            if !entry.summary.isEmpty { out += "    <summary>\(Self.escape(entry.summary))</summary>\n" }
            out += "  </entry>\n"
        }
        out += "</feed>\n"
        return out
    }

    /// RFC 3339 timestamp at midnight UTC of a date.
    static func timestamp(_ date: LocalDate) -> String { date.iso + "T00:00:00Z" }

    /// Escapes text for XML content and attribute values; drops characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && !(0xFFFE...0xFFFF).contains(scalar.value) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A stable id for a site path: the absolute URL when the site has a base URL, else a URN.
    static func id(for path: String, baseURL: String) -> String {
        baseURL.isEmpty ? "urn:sitegen:" + (path.isEmpty ? "inicio" : path) : baseURL + path
    }
}
