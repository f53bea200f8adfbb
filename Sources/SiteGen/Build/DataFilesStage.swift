import Foundation
import OpenData

/// Writes the dataset files and the open-data catalog made from them (spreadsheets, hashes, Data
/// Packages, DCAT, ZIP bundles). In `sitegen serve` they are made again only when what they are
/// made from changed — the datasets' tables, site.yml, the territories, the GeoJSON files — so
/// editing a page does not remake every spreadsheet, hash and ZIP.
enum DataFilesStage {
    static func write(_ datasets: [Dataset], content: SiteContent, contentRoot: URL, into stage: OutputStage,
                      cache: SourceCache?) throws -> CatalogStage.Result {
        let key = cache != nil && stage.keepsPreviousFiles ? self.key(datasets, content: content, contentRoot: contentRoot) : nil
        if let key, let known = cache?.unchangedDataFiles(key: key) {
            for (path, fingerprint) in known.files { try stage.keep(path, fingerprint) }
            return known.catalog
        }
        // The catalog states the size and hash of every dataset file and bundles them in ZIPs, so
        // the dataset files pass through it before they are handed to the stage.
        var output = OutputFiles()
        for dataset in datasets {
            for file in DatasetBuilder.files(of: dataset) { try output.add(file.path, file.bytes) }
        }
        let catalog = try CatalogStage.write(datasets, content: content, contentRoot: contentRoot, into: &output)
        let written = try stage.write(output)
        if let key { cache?.recordDataFiles(SourceCache.DataFiles(key: key, files: written, catalog: catalog)) }
        return catalog
    }

    /// Everything the data files are made from, hashed (valid within one process).
    static func key(_ datasets: [Dataset], content: SiteContent, contentRoot: URL) -> Int {
        var hasher = Hasher()
        for dataset in datasets {
            hasher.combine(dataset.basePath)
            hasher.combine(dataset.table.columns)
            hasher.combine(dataset.table.rows)
            hasher.combine(dataset.period)
            hasher.combine(dataset.cut)
        }
        hasher.combine(String(describing: content.config))
        hasher.combine(content.data.territories.territories)
        let geo = contentRoot.appendingPathComponent("geo")
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: geo.path)) ?? []).sorted() {
            hasher.combine(name)
            hasher.combine(SourceCache.Stamp.of(geo.appendingPathComponent(name).path))
        }
        return hasher.finalize()
    }
}
