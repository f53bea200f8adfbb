import OpenData

/// A dataset's landing page (`datos/territorios/<slug>/<kind>/`): what it holds, its files with
/// size and SHA-256, its data dictionary and a schema.org `Dataset` JSON-LD block for search engines.
struct DatasetPage {
    var frame: PageFrame
    var title: String
    var description: String
    var scopeName: String
    var cut: String
    var period: String
    var modified: String
    var version: String
    var identifier: String
    var rows: String
    var files: [CatalogFileLink]
    var dictionary: [DataDictionaryEntry]
    var packageHref: String
    var bundle: CatalogFileLink?
    var catalogHref: String
    var licenseTitle: String
    var licenseURL: String
    /// The schema.org JSON-LD, escaped by construction (`<`, `>` and `&` as \u escapes).
    var jsonLD: String

    init(dataset: DatasetMetadata, result: CatalogStage.Result, context: PageContext) {
        let info = result.catalog.info
        let path = dataset.landingPath
        let root = PageContext.root(for: path)
        frame = context.frame(path: path, title: dataset.title, description: String(dataset.description.prefix(300)),
                              breadcrumbs: [(CatalogPage.path, context.words(.datos)), (path, dataset.title)])
        title = dataset.title
        description = dataset.description
        scopeName = dataset.spatial.name
        cut = dataset.temporal?.label ?? context.words(.sinCorte)
        period = dataset.temporal.map { context.words(.periodo, ["inicio": SpanishFormat.date($0.start), "fin": SpanishFormat.date($0.end)]) } ?? ""
        modified = SpanishFormat.date(dataset.modified)
        version = dataset.version
        identifier = dataset.identifier
        rows = SpanishFormat.integer(dataset.rowCount)
        files = dataset.distributions.map { CatalogFileLink($0, from: path) }
        dictionary = DataDictionaryEntry.entries(columns: dataset.columns, example: dataset.exampleRow)
        packageHref = root + "datos/\(dataset.scope.folder)/datapackage.json"
        bundle = result.folderBundles[dataset.scope.folder].map { CatalogFileLink($0, from: path) }
        catalogHref = PageContext.href(from: path, to: CatalogPage.path)
        licenseTitle = info.licenseTitle
        licenseURL = info.licenseURL
        jsonLD = DatasetJSONLD.document(dataset, info: info, relativeRoot: root).text()
    }
}

/// The schema.org `Dataset` description of a dataset (Google Dataset Search).
enum DatasetJSONLD {
    static func document(_ dataset: DatasetMetadata, info: CatalogInfo, relativeRoot: String) -> JSONValue {
        func url(_ path: String) -> String { info.baseURL.isEmpty ? relativeRoot + path : info.url(path) }
        let organization = JSONValue.fields([
            ("@type", .string("Organization")), ("name", .string(info.publisherName)),
            ("url", info.publisherURL.isEmpty ? nil : .string(info.publisherURL)),
            ("email", info.email.isEmpty ? nil : .string(info.email)),
        ])
        let place = JSONValue.fields([
            ("@type", .string("Place")), ("name", .string(dataset.spatial.name + ", \(info.municipality), Colombia")),
            ("geo", dataset.spatial.bbox.map { .object([("@type", .string("GeoShape")), ("box", .string($0.schemaOrgBox))]) }),
        ])
        return .fields([
            ("@context", .string("https://schema.org")),
            ("@type", .string("Dataset")),
            ("name", .string(dataset.title)),
            ("description", .string(dataset.description)),
            ("url", .string(url(dataset.landingPath))),
            ("identifier", .string(dataset.identifier)),
            ("license", .string(info.licenseURL)),
            ("isAccessibleForFree", .bool(true)),
            ("inLanguage", .string(info.language)),
            ("keywords", .array(dataset.keywords.map { .string($0) })),
            ("creator", organization),
            ("publisher", organization),
            ("temporalCoverage", dataset.temporal.map { .string($0.interval) }),
            ("spatialCoverage", place),
            ("distribution", .array(dataset.distributions.map { file in
                .object([("@type", .string("DataDownload")), ("name", .string("\(dataset.title) (\(file.format))")),
                         ("contentUrl", .string(url(file.path))), ("encodingFormat", .string(file.mediaType)),
                         ("contentSize", .string("\(file.byteSize) B"))])
            })),
            ("includedInDataCatalog", .object([("@type", .string("DataCatalog")), ("name", .string(info.title)),
                                               ("url", .string(url(CatalogPage.path)))])),
            ("dateModified", dataset.modified.map { .string($0.iso) }),
            ("version", .string(dataset.version)),
        ])
    }
}
