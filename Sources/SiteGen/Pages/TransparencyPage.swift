import OpenData

/// A menu of Resolución 1519 de 2020 as a page's rows: its categories and their links from the page.
struct MenuView {
    struct Link {
        var number: String
        var name: String
        var href: String
        var external: Bool
        var updated: String
        var updatedISO: String
    }

    struct Category {
        var number: String
        var name: String
        var id: String
        var links: [Link]
    }

    static func categories(_ categories: [TransparencyMenu.Category], from path: String) -> [Category] {
        categories.map { category in
            Category(number: category.number, name: category.name,
                     id: "categoria-" + category.number.replacingOccurrences(of: ".", with: "-"),
                     links: category.items.map { item in
                         Link(number: item.number, name: item.name, href: TransparencyMenu.href(item, from: path),
                              external: item.isExternal, updated: item.updated.map { SpanishFormat.date($0) } ?? "",
                              updatedISO: item.updated?.iso ?? "")
                     })
        }
    }
}

/// `transparencia/`: the menu "Transparencia y acceso a la información pública" for what the site
/// serves, with every project ficha listed (item 4.4) and the ITA files.
struct TransparencyPage {
    struct ProjectLink {
        var bp: String
        var name: String
        var href: String
    }

    var frame: PageFrame
    var categories: [MenuView.Category]
    var projects: [ProjectLink]
    var hasProjects: Bool
    var itaCSV: String
    var itaJSON: String
    var participaHref: String
    var searchHref: String

    static let path = TransparencyMenu.transparencyPath

    init(content: SiteContent, context: PageContext) {
        let words = context.words
        frame = context.frame(path: Self.path, title: words(.transparenciaTitulo), description: words(.transparenciaDescripcion),
                              breadcrumbs: [(Self.path, words(.transparencia))])
        let menu = TransparencyMenu(content: content)
        categories = MenuView.categories(menu.transparency, from: Self.path)
        var names: [String: String] = [:]
        for project in content.data.projects where names[project.bp] == nil { names[project.bp] = project.name }
        for (bp, index) in content.data.projectsDroppedBeforeLatest where names[bp] == nil {
            names[bp] = content.data.reports[index].projects.first { $0.bp == bp }?.name ?? ""
        }
        projects = names.keys.sorted().map { bp in
            ProjectLink(bp: bp, name: names[bp] ?? "", href: PageContext.href(from: Self.path, to: ProjectPage.path(bp)))
        }
        hasProjects = !projects.isEmpty
        itaCSV = "ita.csv"
        itaJSON = "ita.json"
        participaHref = PageContext.href(from: Self.path, to: ParticipaPage.path)
        searchHref = PageContext.href(from: Self.path, to: SearchPage.path)
    }
}
