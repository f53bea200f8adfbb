import OpenData

/// A Markdown page of the content (plan, diagnostic or free page) with its front matter.
public struct MarkdownPage: Sendable {
    public enum Section: String, Sendable, CaseIterable {
        case planes
        case diagnosticos
        case paginas
    }

    public var section: Section
    /// File name without `.md`, used as the URL segment.
    public var slug: String
    public var title: String
    public var summary: String
    public var date: LocalDate?
    /// Territory the page is about (diagnostics), as a code of the catalog.
    public var territoryCode: Int?
    public var weight: Int
    public var markdown: String
    public var sourcePath: String
    /// Line of the Markdown body's first line in the source file, for messages.
    public var bodyLine = 1

    /// Output path of the page: `planes/<slug>/`, `diagnosticos/<slug>/`, `paginas/<slug>/`.
    public var path: String { "\(section.rawValue)/\(slug)/" }
}
