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

    static let bundleFolder = CatalogPlan.bundleFolder

    static func info(_ config: SiteConfig) -> CatalogInfo {
        CatalogInfo(title: config.title, description: config.description, baseURL: config.baseURL, language: config.language,
                    publisherName: config.publisher.name, publisherURL: config.publisher.url, publisherEmail: config.publisher.email,
                    contactEmail: config.contact.email, licenseID: config.license.id, licenseTitle: config.license.title,
                    licenseURL: config.license.url, date: config.date, municipality: config.municipality)
    }

    /// The warning of a build without `base_url`: the catalogs that need absolute URLs are left out.
    static func notes(_ config: SiteConfig) -> [String] {
        guard config.baseURL.isEmpty else { return [] }
        return ["site.yml: base_url is not set: catalog.ttl, catalog.jsonld, data.json and sitemap.xml "
                + "need absolute URLs and are not written; every other file is"]
    }

    /// What a build of the catalog wrote, for `serve` to keep when nothing it is made from changed.
    private struct Made {
        var files: [(String, OutputManifest.Fingerprint)]
        var result: Result
    }

    /// Writes the Data Packages, the DCAT and data.json catalogs and the ZIP bundles for the data
    /// `files` already written (facts and compressed bytes by site path).
    static func write(_ datasets: [Dataset], files: [String: DataFilesStage.WrittenFile], content: SiteContent, contentRoot: URL,
                      into stage: OutputStage, memo: SourceCache?) throws -> Result {
        let info = info(content.config)
        let key = memo == nil ? nil : self.key(files: files, content: content, contentRoot: contentRoot)
        if stage.keepsPreviousFiles, let key, let known: Made = memo?.unchangedValue(bundleFolder, key: key) {
            for (path, fingerprint) in known.files { try stage.keep(path, fingerprint) }
            return known.result
        }
        let catalog = CatalogBuilder.build(datasets: datasets, files: files.mapValues(\.facts), info: info,
                                           territories: content.data.territories,
                                           boxes: content.shapes?.boxes(of: content.data.territories) ?? [:])
        // The metadata documents are independent of each other: made, written, hashed and deflated in parallel.
        let plan = CatalogPlan(catalog)
        let documents = plan.documents
        let bundles = plan.bundles
        let slots = ResultSlots<DataFilesStage.WrittenFile>(count: documents.count)
        // Biggest first, and JSON-LD (which waits for the DCAT graph) last.
        let rank = ["datos/catalog.ttl": 0, "datos/datapackage.json": 1, "data.json": 2, "datos/catalog.jsonld": 4]
        let order = documents.indices.sorted { (rank[documents[$0].path] ?? 3, $0) < (rank[documents[$1].path] ?? 3, $1) }
        DispatchQueue.concurrentPerform(iterations: order.count) { position in
            let index = order[position]
            slots.set(index, Swift.Result { try DataFilesStage.write(documents[index].path, documents[index].make(), into: stage) })
        }
        var written: [(String, OutputManifest.Fingerprint)] = []
        var entries = files.mapValues(\.entry)
        var metadataFiles: [Distribution] = []
        for (index, document) in documents.enumerated() {
            let file = try slots.get(index)
            written.append((document.path, file.fingerprint))
            entries[document.path] = file.entry
            metadataFiles.append(Distribution(path: document.path, format: document.format.name, mediaType: document.format.mediaType,
                                              facts: file.facts))
        }

        let archives = try archive(bundles.map { bundle in (bundle.path, bundle.entries.map { entries[$0]! }) }, date: info.date, into: stage, memo: memo)
        var folderBundles: [String: Distribution] = [:]
        var catalogBundle: Distribution?
        for (bundle, archive) in Swift.zip(bundles, archives) {
            written.append((bundle.path, archive.fingerprint))
            if let folder = bundle.folder { folderBundles[folder] = archive.distribution } else { catalogBundle = archive.distribution }
        }
        let result = Result(catalog: catalog, folderBundles: folderBundles, catalogBundle: catalogBundle, metadataFiles: metadataFiles)
        if let key { memo?.recordValue(bundleFolder, key: key, Made(files: written, result: result)) }
        return result
    }

    /// A ZIP bundle as written.
    struct Archive: Sendable {
        var distribution: Distribution
        var fingerprint: OutputManifest.Fingerprint
    }

    /// Writes the ZIP bundles in parallel from entries compressed once; in `serve` a bundle whose
    /// entries did not change is kept.
    static func archive(_ bundles: [(path: String, entries: [ZipBundle.Entry])], date: LocalDate?, into stage: OutputStage,
                    memo: SourceCache?) throws -> [Archive] {
        let slots = ResultSlots<Archive>(count: bundles.count)
        // The catalog's bundle (the last, and the biggest) starts first.
        DispatchQueue.concurrentPerform(iterations: bundles.count) { position in
            let index = bundles.count - 1 - position
            let (path, entries) = bundles[index]
            slots.set(index, Swift.Result {
                var key: Int?
                if memo != nil {
                    var hasher = Hasher()
                    hasher.combine(date)
                    for entry in entries { hasher.combine(entry.path); hasher.combine(entry.crc32); hasher.combine(entry.uncompressedSize) }
                    key = hasher.finalize()
                }
                if stage.keepsPreviousFiles, let key, let known: Archive = memo?.unchangedValue(path, key: key) {
                    try stage.keep(path, known.fingerprint)
                    return known
                }
                let bytes = try ZipBundle.archive(entries, date: date)
                let archive = Archive(distribution: Distribution(path: path, format: FileFormats.zip.name, mediaType: FileFormats.zip.mediaType, bytes: bytes),
                                      fingerprint: try stage.write(path, bytes))
                if let key { memo?.recordValue(path, key: key, archive) }
                return archive
            })
        }
        return try bundles.indices.map { try slots.get($0) }
    }

    /// Everything the catalog files are made from, hashed (valid within one process).
    static func key(files: [String: DataFilesStage.WrittenFile], content: SiteContent, contentRoot: URL) -> Int {
        var hasher = Hasher()
        for (path, file) in files.sorted(by: { $0.key < $1.key }) {
            hasher.combine(path)
            hasher.combine(file.fingerprint)
        }
        hasher.combine(String(describing: content.config))
        hasher.combine(content.data.territories.territories)
        let geo = contentRoot.appendingPathComponent(ContentLayout.geo)
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: geo.path)) ?? []).sorted() {
            hasher.combine(name)
            hasher.combine(SourceCache.Stamp.of(geo.appendingPathComponent(name).path))
        }
        return hasher.finalize()
    }
}
