import OpenData

/// Links from the `planes/` and `diagnosticos/` section lists to the participation data pages.
extension SectionIndexPage {
    struct RelatedLink {
        var href: String
        var title: String
    }

    static func related(_ section: MarkdownPage.Section, from path: String, words: PageWords) -> [RelatedLink] {
        switch section {
        case .planes:
            return [RelatedLink(href: PageContext.href(from: path, to: PlanMatrixPage.path),
                                title: words(.accionesSeccion)),
                    RelatedLink(href: PageContext.href(from: path, to: AgenciesIndexPage.path),
                                title: words(.organismosSeccion))]
        case .diagnosticos:
            return [RelatedLink(href: PageContext.href(from: path, to: ProblemsRankingPage.path),
                                title: words(.problemasTitulo))]
        case .paginas:
            return []
        }
    }
}
