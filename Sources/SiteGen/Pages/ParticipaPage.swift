import OpenData

/// `participa/`: the "Menú Participa" of Resolución 1519 de 2020 for what the site serves.
struct ParticipaPage {
    var frame: PageFrame
    var categories: [MenuView.Category]
    var transparencyHref: String
    var itaCSV: String

    static let path = TransparencyMenu.participaPath

    init(content: SiteContent, context: PageContext) {
        frame = context.frame(path: Self.path, title: context.words(.participa), description: context.words(.participaDescripcion),
                              breadcrumbs: [(Self.path, context.words(.participa))])
        categories = MenuView.categories(TransparencyMenu(content: content).participa, from: Self.path)
        transparencyHref = PageContext.href(from: Self.path, to: TransparencyPage.path)
        itaCSV = PageContext.root(for: Self.path) + TransparencyMenu.itaCSV
    }
}
