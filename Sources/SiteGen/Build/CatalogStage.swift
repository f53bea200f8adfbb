import Foundation
import OpenData

/// The open-data catalog stage: next to each dataset's CSV and JSON it writes the spreadsheet, then
/// the territories table, the Data Packages, the DCAT and data.json catalogs (when the site has a
/// base URL) and the "Descargar todo" ZIPs. Its result feeds the catalog and dataset pages.
struct CatalogStage {
    /// What the stage wrote that pages link to.
    struct Result: Sendable {
        var catalog: Catalog
        /// One ZIP per dataset folder, by folder (`territorios/pance`, `ciudad-completa`).
        var folderBundles: [String: Distribution]
        /// The ZIP of the whole catalog.
        var catalogBundle: Distribution?
        /// `datos/datapackage.json`, `datos/catalog.ttl`… as written.
        var metadataFiles: [Distribution]
    }

    static let bundleFolder = "datos/descargas/"

    static func info(_ config: SiteConfig) -> CatalogInfo {
        CatalogInfo(title: config.title, description: config.description, baseURL: config.baseURL, language: config.language,
                    publisherName: config.publisher.name, publisherURL: config.publisher.url, publisherEmail: config.publisher.email,
                    contactEmail: config.contact.email, licenseID: config.license.id, licenseTitle: config.license.title,
                    licenseURL: config.license.url, date: config.date)
    }

    /// The warning of a build without `base_url`: the catalogs that need absolute URLs are left out.
    static func notes(_ config: SiteConfig) -> [String] {
        guard config.baseURL.isEmpty else { return [] }
        return ["site.yml: base_url is not set: catalog.ttl, catalog.jsonld, data.json and sitemap.xml "
                + "need absolute URLs and are not written; every other file is"]
    }

    /// Bounding boxes of the territories from every `geo/*.geojson` of the content.
    static func boxes(contentRoot: URL, territories: TerritoryCatalog) -> [String: BoundingBox] {
        let folder = contentRoot.appendingPathComponent("geo")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".geojson") }.sorted()
        var out: [String: BoundingBox] = [:]
        let slugs = Set(territories.territories.map(\.slug))
        for name in names {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
            for (slug, box) in GeoBounds.boxes(geoJSON: Array(data), slugs: slugs) { out[slug] = out[slug].map { $0.union(box) } ?? box }
        }
        return out
    }

    static func write(_ datasets: [Dataset], content: SiteContent, contentRoot: URL, into output: inout OutputFiles) throws -> Result {
        let info = info(content.config)
        // One at a time: ZIPFoundation gave different bytes when archives were made in parallel.
        for dataset in datasets {
            try output.add(dataset.basePath + ".xlsx", XLSXWriter.write(dataset.table, date: info.date))
        }
        let territoryTable = TerritoryTable.table(content.data.territories)
        try output.add(TerritoryTable.basePath + ".csv", CSVWriter.write(territoryTable))
        try output.add(TerritoryTable.basePath + ".xlsx", XLSXWriter.write(territoryTable, sheetName: "Territorios", date: info.date))

        let catalog = CatalogBuilder.build(datasets: datasets, files: output.files, info: info, territories: content.data.territories,
                                           boxes: boxes(contentRoot: contentRoot, territories: content.data.territories))
        var metadataPaths: [String] = []
        func add(_ path: String, _ bytes: [UInt8]) throws {
            try output.add(path, bytes)
            metadataPaths.append(path)
        }
        var folderEntries: [(folder: String, entries: [ZipBundle.Entry])] = []
        for group in catalog.folders {
            let packagePath = "datos/\(group.folder)/datapackage.json"
            let package = DataPackageWriter.folderPackage(group.folder, scope: group.scope, datasets: group.datasets, catalog: catalog).bytes
            try add(packagePath, package)
            let files = [packagePath] + group.datasets.flatMap { $0.distributions.map(\.path) }
            folderEntries.append((group.folder, files.map { ZipBundle.Entry(path: String($0.dropFirst("datos/".count)), bytes: output.files[$0]!) }))
        }
        try add("datos/datapackage.json", DataPackageWriter.catalogPackage(catalog).bytes)
        if !info.baseURL.isEmpty {
            let graph = DCATWriter.graph(catalog)
            try add("datos/catalog.ttl", Array(graph.turtle.utf8))
            try add("datos/catalog.jsonld", graph.jsonLD.bytes)
            try add("data.json", DataJSONWriter.document(catalog).bytes)
        }

        var folderBundles: [String: Distribution] = [:]
        for (folder, entries) in folderEntries {
            let slug = folder.split(separator: "/").last.map(String.init) ?? folder
            let path = bundleFolder + slug + ".zip"
            let bytes = try ZipBundle.archive(entries, date: info.date)
            try output.add(path, bytes)
            folderBundles[folder] = Distribution(path: path, format: "ZIP", mediaType: "application/zip", bytes: bytes)
        }
        let catalogEntries = ["datos/datapackage.json"] + catalog.territoryFiles.map(\.path)
        let everything = catalogEntries.map { ZipBundle.Entry(path: String($0.dropFirst("datos/".count)), bytes: output.files[$0]!) }
            + folderEntries.flatMap(\.entries)
        let catalogBytes = try ZipBundle.archive(everything, date: info.date)
        let catalogPath = bundleFolder + "catalogo-completo.zip"
        try output.add(catalogPath, catalogBytes)
        let metadataFiles = metadataPaths.map { path in
            Distribution(path: path, format: path.hasSuffix(".ttl") ? "Turtle" : path.hasSuffix(".jsonld") ? "JSON-LD" : "JSON",
                         mediaType: path.hasSuffix(".ttl") ? "text/turtle" : path.hasSuffix(".jsonld") ? "application/ld+json" : "application/json",
                         bytes: output.files[path]!)
        }
        return Result(catalog: catalog, folderBundles: folderBundles,
                      catalogBundle: Distribution(path: catalogPath, format: "ZIP", mediaType: "application/zip", bytes: catalogBytes),
                      metadataFiles: metadataFiles)
    }
}
