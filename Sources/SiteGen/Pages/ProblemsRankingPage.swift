import OpenData

/// The city ranking of territories by the share of their prioritized problems that have matching
/// investment in the latest Cuadro 1S cut.
struct ProblemsRankingPage {
    struct Line {
        var position: Int
        var href: String
        var name: String
        var problems: Int
        var withInvestment: Int
        var withoutInvestment: Int
        var share: String
        /// Share 0–100 rounded, for bar widths.
        var shareValue: Int
    }

    var frame: PageFrame
    var cut: String
    var lines: [Line]
    var hasLines: Bool
    var withoutProblems: [ContentLinkLine]
    var hasWithoutProblems: Bool
    var problems: Int
    var withInvestment: Int
    var downloads: [DownloadLink]

    /// A territory linked by name.
    struct ContentLinkLine {
        var href: String
        var name: String
    }

    static let path = "problemas-e-inversion/"

    init(content: SiteContent, context: PageContext) {
        let path = Self.path
        let data = content.data
        frame = context.frame(path: path, title: context.words(.problemasTitulo), description: context.words(.problemasDescripcion),
                              breadcrumbs: [(path, context.words(.problemas))])
        cut = data.latest.map { SpanishFormat.cut($0.cut) } ?? ""
        let ranking = data.problemCoverageRanking
        lines = ranking.map { item in
            // Territories with the same share share a position (1, 1, 3…).
            Line(position: 1 + ranking.count { ($0.share ?? 0) > (item.share ?? 0) },
                 href: PageContext.href(from: path, to: TerritoryPage.path(item.territory)) + "#problemas",
                 name: item.territory.name, problems: item.problems, withInvestment: item.withInvestment,
                 withoutInvestment: item.problems - item.withInvestment, share: SpanishFormat.percent(item.share),
                 shareValue: Int((item.share ?? 0).rounded()).clamped(to: 0...100))
        }
        hasLines = !lines.isEmpty
        let ranked = Set(ranking.map(\.territory.code))
        withoutProblems = data.territories.local.filter { !ranked.contains($0.code) }.map {
            ContentLinkLine(href: PageContext.href(from: path, to: TerritoryPage.path($0)), name: $0.name)
        }
        hasWithoutProblems = !withoutProblems.isEmpty
        problems = ranking.reduce(0) { $0 + $1.problems }
        withInvestment = ranking.reduce(0) { $0 + $1.withInvestment }
        let root = PageContext.root(for: path)
        downloads = ["csv", "json"].map {
            DownloadLink(href: root + "datos/ciudad-completa/\(DatasetKind.problemas.rawValue).\($0)",
                         label: DatasetKind.problemas.title, format: $0.uppercased())
        }
    }
}
