import OpenData

/// `sitemap.xml`: every HTML page of the site (dataset landing pages included) as absolute URLs,
/// written by the theme's `sitemap.xml` template. Needs the base URL; without it no sitemap is
/// written.
enum Sitemap {
    static let path = "sitemap.xml"
    /// The template that writes it.
    static let template = "sitemap.xml"

    /// What the template reads: the pages' absolute URLs, sorted.
    struct View {
        var urls: [String]
    }

    /// The sitemap of the pages among `paths`, or nil without a base URL.
    static func xml(paths: some Sequence<String>, baseURL: String, theme: Theme) throws -> [UInt8]? {
        guard !baseURL.isEmpty else { return nil }
        let pages = paths.filter { $0.hasSuffix(".html") }.map { path -> String in
            path == "index.html" ? "" : path.hasSuffix("/index.html") ? String(path.dropLast("index.html".count)) : path
        }.sorted()
        return Array(try theme.render(template, View(urls: pages.map { baseURL + $0 })).utf8)
    }
}
