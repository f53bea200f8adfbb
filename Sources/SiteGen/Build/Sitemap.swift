import OpenData

/// `sitemap.xml`: every HTML page of the site (dataset landing pages included) as absolute URLs.
/// Needs the base URL; without it no sitemap is written.
enum Sitemap {
    static let path = "sitemap.xml"

    /// The sitemap of the pages among `paths`, or nil without a base URL.
    static func xml(paths: some Sequence<String>, baseURL: String) -> [UInt8]? {
        guard !baseURL.isEmpty else { return nil }
        let pages = paths.filter { $0.hasSuffix(".html") }.map { path -> String in
            path == "index.html" ? "" : path.hasSuffix("/index.html") ? String(path.dropLast("index.html".count)) : path
        }.sorted()
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages { out += "  <url><loc>\(XMLText.escape(baseURL + page, apostrophes: true))</loc></url>\n" }
        return Array((out + "</urlset>\n").utf8)
    }
}
