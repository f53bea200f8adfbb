import OpenData

/// The parts of the content a page can read. Every page also reads site.yml and the theme.
struct ContentParts: OptionSet, Sendable, Hashable {
    let rawValue: Int

    /// Everything read from the data files (Cuadro 1S, plans, diagnoses, budget, territories)
    /// and the cuts' original files.
    static let data = ContentParts(rawValue: 1 << 0)
    /// The Markdown pages' front matter (titles, sections, dates, territories), not their bodies.
    static let pageList = ContentParts(rawValue: 1 << 1)
    static let agenda = ContentParts(rawValue: 1 << 2)
    static let shapes = ContentParts(rawValue: 1 << 3)
    /// The problems found in the sources.
    static let diagnostics = ContentParts(rawValue: 1 << 4)
    static let all: [ContentParts] = [.data, .pageList, .agenda, .shapes, .diagnostics]
}

extension SiteContent {
    /// The content with only `parts` in it; every other part is empty. A page's view model is
    /// made from this, so what a page declares it reads is all it can read: a missing
    /// declaration shows as a missing figure in every build, not as a stale page in `serve`.
    func limited(to parts: ContentParts) -> SiteContent {
        var limited = SiteContent(config: config,
                                  data: parts.contains(.data) ? data : CityData(territories: TerritoryCatalog([]), reports: []),
                                  pages: parts.contains(.pageList) ? pages : [])
        if parts.contains(.data) { limited.originals = originals }
        if parts.contains(.agenda) { limited.agenda = agenda }
        if parts.contains(.shapes) { limited.shapes = shapes }
        if parts.contains(.diagnostics) { limited.diagnostics = diagnostics }
        return limited
    }
}

/// One HTML page to make: its folder, its template, what it is made from and how to make its view
/// model from that alone.
struct PageJob: Sendable {
    var path: String
    var template: String
    /// The parts of the content the model is made from.
    var reads: ContentParts
    /// What the page alone is made from (a project's rows, a Markdown page's text), besides `reads`.
    var own: (any Hashable & Sendable)?
    var model: @Sendable () -> Any

    /// A page made from the parts `reads` of `content`: `model` is given nothing else of it.
    init(_ path: String, template: String, reads: ContentParts, of content: SiteContent,
         model: @escaping @Sendable (SiteContent) -> Any) {
        let limited = content.limited(to: reads)
        self.path = path
        self.template = template
        self.reads = reads
        own = nil
        self.model = { model(limited) }
    }

    /// A page made from the parts `reads` of `content` and from `own`, a value it alone reads.
    init<Own: Hashable & Sendable>(_ path: String, template: String, reads: ContentParts, of content: SiteContent, own: Own,
                                   model: @escaping @Sendable (SiteContent, Own) -> Any) {
        let limited = content.limited(to: reads)
        self.path = path
        self.template = template
        self.reads = reads
        self.own = own
        self.model = { model(limited, own) }
    }

    /// A page made from `input` alone (and site.yml and the theme).
    init<Input: Hashable & Sendable>(_ path: String, template: String, from input: Input,
                                     model: @escaping @Sendable (Input) -> Any) {
        self.path = path
        self.template = template
        reads = []
        own = input
        self.model = { model(input) }
    }
}
