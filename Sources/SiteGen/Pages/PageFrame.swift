import Foundation
import OpenData

/// What every page's layout needs: titles, the relative way back to the site root, navigation,
/// the example-data notice and the footer.
struct PageFrame {
    struct Link {
        var href: String
        var label: String
        var current: Bool
    }

    var lang: String
    var title: String
    var siteTitle: String
    var description: String
    /// Relative prefix back to the site root ("../../"), so the site works under any sub-path and from disk.
    var root: String
    var canonical: String
    var exampleData: Bool
    /// The "sitio en preparación" notice is shown (SiteConfig.inPreparation).
    var inPreparation: Bool = false
    /// The menu's section this page belongs to (the menu and its words are the theme's).
    var current: Sections
    var breadcrumbs: [Link]
    var publisher: String
    var licenseTitle: String
    var licenseURL: String
    var contactEmail: String
    var pqrsdURL: String
    var generated: String
    /// The site-wide Atom feed, relative to this page.
    var feed: String = ""
    /// The search page, relative to this page.
    var search: String = ""
}

/// The site's sections, as the menu marks them: at most one is true, the one the page is in.
struct Sections {
    var inicio = false
    var territorios = false
    var informes = false
    var planes = false
    var agenda = false
    var diagnosticos = false
    var datos = false
    var paginas = false

    /// No section (the "page not found" page, served at any path).
    static let none = Sections()

    /// The section of the page at `path` ("" is the home page).
    init(path: String) {
        inicio = path.isEmpty
        territorios = path.hasPrefix("territorios/")
        informes = path.hasPrefix("informes/")
        planes = path.hasPrefix("planes/")
        agenda = path.hasPrefix("agenda/")
        diagnosticos = path.hasPrefix("diagnosticos/")
        datos = path.hasPrefix("datos/")
        paginas = path.hasPrefix("paginas/")
    }

    private init() {}
}

/// Builds frames and relative links for pages at a given output path.
struct PageContext {
    let config: SiteConfig
    /// The theme's words for titles, descriptions and breadcrumbs.
    let words: PageWords
    /// The site's parts of every frame, worked out once rather than for each page.
    private let pqrsdURL: String
    private let generated: String

    init(config: SiteConfig, words: PageWords) {
        self.config = config
        self.words = words
        pqrsdURL = SafeURL.check(config.contact.pqrsdURL) ?? ""
        generated = SpanishFormat.date(config.date)
    }

    /// The relative prefix from a page folder (`territorios/pance/`) to the root (`../../`).
    static func root(for path: String) -> String {
        // Non-empty segments between slashes, counted on bytes (output paths are ASCII; any other
        // path is split by characters, as a slash with a combining mark is not a slash).
        var depth = 0
        var inSegment = false
        for byte in path.utf8 {
            if byte >= 0x80 {
                depth = path.split(separator: "/").count
                break
            }
            if byte == 0x2F { inSegment = false } else if !inSegment { inSegment = true; depth += 1 }
        }
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }

    /// A link from the page at `from` to the page folder `to`, ending in `index.html` so that it
    /// also works when the site is opened from disk.
    static func href(from: String, to: String) -> String {
        root(for: from) + to + "index.html"
    }

    func frame(path: String, title: String, description: String? = nil, breadcrumbs: [(String, String)] = []) -> PageFrame {
        let root = Self.root(for: path)
        let crumbs = ([("", words(.inicio))] + breadcrumbs).map {
            PageFrame.Link(href: root + $0.0 + "index.html", label: $0.1, current: $0.0 == path)
        }
        var frame = PageFrame(
            lang: config.language, title: title, siteTitle: config.title,
            description: description ?? config.description, root: root,
            canonical: config.baseURL.isEmpty ? "" : config.baseURL + path,
            exampleData: config.exampleData, current: Sections(path: path), breadcrumbs: path.isEmpty ? [] : crumbs,
            publisher: config.publisher.name, licenseTitle: config.license.title, licenseURL: config.license.url,
            contactEmail: config.contact.email, pqrsdURL: pqrsdURL, generated: generated
        )
        frame.inPreparation = config.inPreparation
        frame.feed = root + "feed.xml"
        frame.search = root + SearchPage.path + "index.html"
        return frame
    }
}

/// URLs that come from data are limited to http, https and mailto; anything else is dropped.
enum SafeURL {
    static func check(_ raw: String) -> String? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:") else { return nil }
        guard !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" }) else { return nil }
        return text
    }
}
