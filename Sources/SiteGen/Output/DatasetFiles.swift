import Foundation
import OpenData

/// Writes the CSV and JSON files of every dataset into the output, in parallel across the cores;
/// each file's bytes are dropped as soon as they are written. With a `cache` (`sitegen serve`), a
/// dataset whose table is the same as in the last good build is not written out again.
enum DatasetFiles {
    static func write(_ datasets: [Dataset], into stage: OutputStage, cache: SourceCache? = nil) throws {
        let failures = FailureBox()
        let canKeep = stage.keepsPreviousFiles
        DispatchQueue.concurrentPerform(iterations: datasets.count) { index in
            let dataset = datasets[index]
            do {
                var key: Int?
                if cache != nil {
                    var hasher = Hasher()
                    hasher.combine(dataset.basePath)
                    hasher.combine(dataset.table.columns)
                    hasher.combine(dataset.table.rows)
                    key = hasher.finalize()
                }
                if canKeep, let key, let known = cache?.unchangedGroup(dataset.basePath, key: key) {
                    for (path, fingerprint) in known { try stage.keep(path, fingerprint) }
                    return
                }
                var made: [(String, OutputManifest.Fingerprint)] = []
                for file in DatasetBuilder.files(of: dataset) {
                    made.append((file.path, try stage.write(file.path, file.bytes)))
                }
                if let key { cache?.recordGroup(dataset.basePath, key: key, files: made) }
            } catch {
                failures.record("\(error)")
            }
        }
        if let first = failures.first { throw SiteBuilder.BuildError.output(first) }
    }
}
