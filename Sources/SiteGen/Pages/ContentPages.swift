import OpenData

/// A Markdown page rendered into the theme.
struct MarkdownPageView {
    var frame: PageFrame
    var title: String
    var summary: String
    var date: String
    var territory: String
    var territoryHref: String
    var html: String
    var source: String

    init(page: MarkdownPage, html: String, content: SiteContent, context: PageContext) {
        let sectionTitle = SectionIndexPage.title(page.section, words: context.words)
        frame = context.frame(path: page.path, title: page.title, description: page.summary.isEmpty ? nil : page.summary,
                              breadcrumbs: [("\(page.section.rawValue)/", sectionTitle), (page.path, page.title)])
        title = page.title
        summary = page.summary
        date = page.date.map { SpanishFormat.date($0) } ?? ""
        let territory = page.territoryCode.flatMap { content.data.territories[$0] }
        self.territory = territory?.name ?? ""
        territoryHref = territory.map { PageContext.href(from: page.path, to: TerritoryPage.path($0)) } ?? ""
        self.html = html
        source = SourceReference.file(page.sourcePath)
    }
}

/// The list of pages of one section (`planes/`, `diagnosticos/`, `paginas/`).
struct SectionIndexPage {
    var frame: PageFrame
    var title: String
    var pages: [ContentLink]
    var related: [RelatedLink]

    static func title(_ section: MarkdownPage.Section, words: PageWords) -> String {
        switch section {
        case .planes: return words(.planes)
        case .diagnosticos: return words(.diagnosticos)
        case .paginas: return words(.paginas)
        }
    }

    init(section: MarkdownPage.Section, content: SiteContent, context: PageContext) {
        let path = "\(section.rawValue)/"
        title = Self.title(section, words: context.words)
        related = Self.related(section, from: path, words: context.words)
        frame = context.frame(path: path, title: title, breadcrumbs: [(path, title)])
        pages = content.pages.filter { $0.section == section }
            .sorted { ($0.weight, $0.title) < ($1.weight, $1.title) }
            .map { ContentLink($0, from: path) }
    }
}
