import Foundation
import OpenData

/// The open-data catalog: from the data files written, the Data Packages, the DCAT and data.json
/// catalogs (when the site has a base URL) and the "Descargar todo" ZIPs. Its result feeds the
/// catalog and dataset pages.
struct CatalogStage {
    let runner: any JobRunner

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

    /// What the catalog is made from: the datasets (whose tables are stated by their files' size
    /// and SHA-256), the data files, site.yml, the territories and their bounding boxes.
    struct Input: Hashable, Sendable {
        var datasets: [Dataset]
        var files: [String: DataFilesStage.WrittenFile]
        var config: SiteConfig
        var territories: TerritoryCatalog
        var boxes: [String: BoundingBox]

        static func == (a: Self, b: Self) -> Bool { a.digest == b.digest }
        func hash(into hasher: inout Hasher) { hasher.combine(digest) }

        private var digest: [String] {
            var parts = datasets.map { "\($0.kind)|\($0.scope)|\(String(describing: $0.cut))|\(String(describing: $0.explicitPeriod))|\($0.note ?? "")" }
            for (path, file) in files.sorted(by: { $0.key < $1.key }) { parts.append("\(path)|\(file.facts.byteSize)|\(file.facts.sha256)") }
            parts.append(String(describing: config))
            parts.append(String(describing: territories.territories))
            for (slug, box) in boxes.sorted(by: { $0.key < $1.key }) { parts.append("\(slug)|\(box)") }
            return parts
        }
    }

    /// Writes the catalog documents and bundles for `datasets`, whose `files` are written.
    func run(_ datasets: [Dataset], files: [String: DataFilesStage.WrittenFile], content: SiteContent) throws -> Result {
        let input = Input(datasets: datasets, files: files, config: content.config, territories: content.data.territories,
                          boxes: content.shapes?.boxes(of: content.data.territories) ?? [:])
        let runner = self.runner
        return try runner.run(CatalogPlan.bundleFolder, from: input) { input, sink in try Self.write(input, into: sink, runner: runner) }
    }

    /// Writes the Data Packages, the DCAT and data.json catalogs and the ZIP bundles.
    static func write(_ input: Input, into sink: any FileSink, runner: any JobRunner) throws -> Result {
        let info = info(input.config)
        let files = input.files
        let catalog = CatalogBuilder.build(datasets: input.datasets, files: files.mapValues(\.facts), info: info,
                                           territories: input.territories,
                                           boxes: input.boxes)
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
            slots.set(index, Swift.Result { try DataFilesStage.write(documents[index].path, documents[index].make(), into: sink) })
        }
        var entries = files.mapValues(\.entry)
        var metadataFiles: [Distribution] = []
        for (index, document) in documents.enumerated() {
            let file = try slots.get(index)
            entries[document.path] = file.entry
            metadataFiles.append(Distribution(path: document.path, format: document.format.name, mediaType: document.format.mediaType,
                                              facts: file.facts))
        }

        let archives = try archive(bundles.map { bundle in (bundle.path, bundle.entries.map { entries[$0]! }) }, date: info.date,
                                   into: sink, runner: runner)
        var folderBundles: [String: Distribution] = [:]
        var catalogBundle: Distribution?
        for (bundle, archive) in Swift.zip(bundles, archives) {
            if let folder = bundle.folder { folderBundles[folder] = archive } else { catalogBundle = archive }
        }
        return Result(catalog: catalog, folderBundles: folderBundles, catalogBundle: catalogBundle, metadataFiles: metadataFiles)
    }

    /// What a ZIP bundle is made from: its entries, compressed once, and the site's date.
    struct BundleInput: Hashable, Sendable {
        var entries: [ZipBundle.Entry]
        var date: LocalDate?

        static func == (a: Self, b: Self) -> Bool {
            a.date == b.date && a.entries.count == b.entries.count && zip(a.entries, b.entries).allSatisfy {
                $0.path == $1.path && $0.crc32 == $1.crc32 && $0.uncompressedSize == $1.uncompressedSize
            }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(date)
            for entry in entries { hasher.combine(entry.path); hasher.combine(entry.crc32); hasher.combine(entry.uncompressedSize) }
        }
    }

    /// Writes the ZIP bundles in parallel from entries compressed once.
    static func archive(_ bundles: [(path: String, entries: [ZipBundle.Entry])], date: LocalDate?, into sink: any FileSink,
                        runner: any JobRunner) throws -> [Distribution] {
        let slots = ResultSlots<Distribution>(count: bundles.count)
        // The catalog's bundle (the last, and the biggest) starts first.
        DispatchQueue.concurrentPerform(iterations: bundles.count) { position in
            let index = bundles.count - 1 - position
            let (path, entries) = bundles[index]
            slots.set(index, Swift.Result {
                try runner.run(path, from: BundleInput(entries: entries, date: date), into: sink) { input, sink in
                    // Streamed: the whole catalog's bundle is hundreds of megabytes at national scale.
                    let sha = SHA256.Hasher()
                    var size = 0
                    try sink.write(path) { write in
                        try ZipBundle.archive(input.entries, date: input.date) { piece in
                            try write(piece)
                            sha.add(piece)
                            size += piece.count
                        }
                    }
                    return Distribution(path: path, format: FileFormats.zip.name, mediaType: FileFormats.zip.mediaType,
                                        facts: FileFacts(byteSize: size, sha256: sha.finish()))
                }
            })
        }
        return try bundles.indices.map { try slots.get($0) }
    }
}
