import OpenData

/// "Calidad de los datos": every problem found in the sources, by agency and file, in Spanish, so
/// that readers see what was wrong in what the agencies reported and what was left empty.
struct QualityPage {
    struct Item {
        var place: String
        var message: String
    }

    struct FileGroup {
        var file: String
        var count: String
        var items: [Item]
    }

    struct AgencyGroup {
        /// The agency's code and name; nil for problems no agency could be found for.
        var heading: String?
        var count: String
        var files: [FileGroup]
    }

    var frame: PageFrame
    var total: String
    var hasProblems: Bool
    var agencies: [AgencyGroup]
    var csvHref: String
    var jsonHref: String
    /// "Contratos sin proyecto en el Cuadro 1S"; nil when the site publishes no contracts.
    var contracts: UnmatchedContracts?

    static let path = "calidad/"

    init(content: SiteContent, context: PageContext) {
        frame = context.frame(path: Self.path, title: context.words(.calidad), description: context.words(.calidadDescripcion),
                              breadcrumbs: [(Self.path, context.words(.calidad))])
        let items = content.diagnostics.sorted
        total = SpanishFormat.integer(items.count)
        hasProblems = !items.isEmpty
        let names = QualityTables.agencyNames(content.data)
        var byAgency: [String: [Diagnostic]] = [:]
        for item in items { byAgency[item.agencyCode ?? "", default: []].append(item) }
        agencies = byAgency.keys.sorted { ($0.isEmpty ? 1 : 0, $0) < ($1.isEmpty ? 1 : 0, $1) }.map { code in
            let group = byAgency[code]!
            var byFile: [String: [Diagnostic]] = [:]
            for item in group { byFile[SourceReference.file(item.location.file), default: []].append(item) }
            let heading = code.isEmpty ? nil : [code, names[code] ?? ""].filter { !$0.isEmpty }.joined(separator: " — ")
            return AgencyGroup(heading: heading, count: SpanishFormat.integer(group.count), files: byFile.keys.sorted().map { file in
                let list = byFile[file]!
                return FileGroup(file: file, count: SpanishFormat.integer(list.count), items: list.map { item in
                    Item(place: Self.place(item.location), message: item.problem.spanish)
                })
            })
        }
        let root = PageContext.root(for: Self.path)
        csvHref = root + QualityTables.basePath + ".csv"
        jsonHref = root + QualityTables.basePath + ".json"
        if !content.data.contracts.isEmpty { contracts = UnmatchedContracts(content.data) }
    }

    /// "línea 412, columna 49", "línea 12", "hoja X, fila 1022, columna 50", or "todo el archivo".
    static func place(_ location: SourceLocation) -> String {
        SourceReference.position(location, column: true)
    }
}
