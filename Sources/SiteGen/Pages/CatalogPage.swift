import OpenData

/// `datos/index.html`: every dataset with its formats, size, rows, cut, licence and SHA-256, grouped
/// by territory (anchors) and by kind (lists), with a filter form that a small script enables.
struct CatalogPage {
    struct Option {
        var value: String
        var label: String
    }

    struct Row {
        var href: String
        var title: String
        var kind: String
        var kindKey: String
        var territoryKey: String
        var files: [CatalogFileLink]
        var rows: String
        var cut: String
    }

    struct Group {
        var id: String
        var name: String
        var territoryKey: String
        var bundle: CatalogFileLink?
        var packageHref: String
        var rows: [Row]
    }

    struct KindGroup {
        var title: String
        var links: [Option]
    }

    var frame: PageFrame
    var intro: String
    var licenseTitle: String
    var licenseURL: String
    var territories: [Option]
    var kinds: [Option]
    var groups: [Group]
    var byKind: [KindGroup]
    var catalogBundle: CatalogFileLink?
    var metadataFiles: [CatalogFileLink]
    var territoryFiles: [CatalogFileLink]
    var datasetCount: Int
    var missingBaseURL: Bool

    static let path = "datos/"

    init(result: CatalogStage.Result, context: PageContext) {
        let catalog = result.catalog
        let path = Self.path
        let words = context.words
        frame = context.frame(path: path, title: words(.datos), description: words(.datosDescripcion), breadcrumbs: [(path, words(.datos))])
        datasetCount = catalog.datasets.count
        intro = words(.datosIntro, ["count": String(catalog.datasets.count)])
        licenseTitle = catalog.info.licenseTitle
        licenseURL = catalog.info.licenseURL
        missingBaseURL = catalog.info.baseURL.isEmpty
        var kindKeys: [DatasetKind] = []
        for dataset in catalog.datasets where !kindKeys.contains(dataset.kind) { kindKeys.append(dataset.kind) }
        kinds = kindKeys.map { Option(value: $0.rawValue, label: $0.title) }
        territories = catalog.folders.map { Option(value: Self.key($0.folder), label: catalog.info.name(of: $0.scope)) }
        groups = catalog.folders.map { group in
            let key = Self.key(group.folder)
            return Group(
                id: "t-" + key, name: catalog.info.name(of: group.scope), territoryKey: key,
                bundle: result.folderBundles[group.folder].map { CatalogFileLink($0, from: path) },
                packageHref: "\(group.folder)/datapackage.json",
                rows: group.datasets.map { dataset in
                    Row(href: PageContext.href(from: path, to: dataset.landingPath), title: dataset.kind.title, kind: dataset.kind.title,
                        kindKey: dataset.kind.rawValue, territoryKey: key,
                        files: dataset.distributions.map { CatalogFileLink($0, from: path) },
                        rows: SpanishFormat.integer(dataset.rowCount),
                        cut: dataset.temporal.map { "\($0.label) (\(SpanishFormat.date($0.end)))" } ?? words(.sinCorte))
                })
        }
        byKind = kindKeys.map { kind in
            KindGroup(title: kind.title, links: catalog.datasets.filter { $0.kind == kind }.map {
                Option(value: PageContext.href(from: path, to: $0.landingPath), label: catalog.info.name(of: $0.scope))
            })
        }
        catalogBundle = result.catalogBundle.map { CatalogFileLink($0, from: path) }
        metadataFiles = result.metadataFiles.filter { !$0.path.dropFirst(path.count).contains("/") || $0.path == "data.json" }
            .map { CatalogFileLink($0, from: path, label: Self.labels[$0.path].map { words($0) } ?? $0.path) }
        territoryFiles = catalog.territoryFiles.map { CatalogFileLink($0, from: path) }
    }

    static let labels: [String: PageWords.Key] = [
        "datos/datapackage.json": .catalogoPaquete, "datos/catalog.ttl": .catalogoTurtle,
        "datos/catalog.jsonld": .catalogoJSONLD, "data.json": .catalogoDataJSON,
    ]

    /// The filter key of a folder: its last segment (`pance`, `ciudad-completa`).
    static func key(_ folder: String) -> String { folder.split(separator: "/").last.map(String.init) ?? folder }
}
