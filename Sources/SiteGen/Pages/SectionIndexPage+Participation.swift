import OpenData

/// Links from the `planes/` and `diagnosticos/` section lists to the participation data pages.
extension SectionIndexPage {
    struct RelatedLink {
        var href: String
        var title: String
    }

    static func related(_ section: MarkdownPage.Section, from path: String) -> [RelatedLink] {
        switch section {
        case .planes:
            return [RelatedLink(href: PageContext.href(from: path, to: PlanMatrixPage.path),
                                title: "Acciones del plan de participación por procedimiento y fase"),
                    RelatedLink(href: PageContext.href(from: path, to: AgenciesIndexPage.path),
                                title: "Organismos: acciones de participación y proyectos")]
        case .diagnosticos:
            return [RelatedLink(href: PageContext.href(from: path, to: ProblemsRankingPage.path),
                                title: "Problemas priorizados e inversión por territorio")]
        case .paginas:
            return []
        }
    }
}
