import Foundation
import OpenData

/// Writes the dataset files (CSV, JSON, spreadsheet) and then hands them to the catalog stage.
///
/// Each file is made, written, hashed and deflated for the ZIP bundles in one step, in parallel
/// across the cores, the biggest first, and its bytes are dropped at once: only the facts the
/// catalog states and the compressed bytes stay (at national scale the datasets are gigabytes).
/// In `sitegen serve` a file whose dataset did not change is kept as it is on disk, with its facts
/// and compressed bytes, so editing one Cuadro 1S row remakes only that territory's and the city's files.
enum DataFilesStage {
    /// A data file after it was written.
    struct WrittenFile: Sendable {
        var facts: FileFacts
        /// The bytes deflated once, named by their path under `datos/` as the bundles hold them.
        var entry: ZipBundle.Entry
        var fingerprint: OutputManifest.Fingerprint
    }

    /// One file to make: its path, what it is made from (a key, in `serve`), a rough cost so the
    /// big ones start first, and how to make it.
    struct Job: Sendable {
        var path: String
        var key: Int?
        var cost: Int
        var make: @Sendable () throws -> [UInt8]
    }

    static func write(_ datasets: [Dataset], content: SiteContent, contentRoot: URL, into stage: OutputStage,
                      cache: SourceCache?) throws -> CatalogStage.Result {
        let date = content.config.date
        var jobs: [Job] = []
        for dataset in datasets {
            let key = cache == nil ? nil : self.key(dataset.table, date: date)
            let table = dataset.table
            let cost = table.rows.count * table.columns.count + 1
            jobs.append(Job(path: dataset.basePath + ".csv", key: key, cost: cost) { CSVWriter.write(table) })
            jobs.append(Job(path: dataset.basePath + ".json", key: key, cost: cost * 2) { JSONTableWriter.write(table) })
            jobs.append(Job(path: dataset.basePath + ".xlsx", key: key, cost: cost * 3) { try XLSXWriter.write(table, date: date) })
        }
        let territories = TerritoryTable.table(content.data.territories)
        let territoriesKey = cache == nil ? nil : key(territories, date: date)
        jobs.append(Job(path: TerritoryTable.basePath + ".csv", key: territoriesKey, cost: 1) { CSVWriter.write(territories) })
        jobs.append(Job(path: TerritoryTable.basePath + ".xlsx", key: territoriesKey, cost: 1) {
            try XLSXWriter.write(territories, sheetName: "Territorios", date: date)
        })
        let files = try make(jobs, into: stage, memo: cache)
        return try CatalogStage.write(datasets, files: files, content: content, contentRoot: contentRoot, into: stage, memo: cache)
    }

    /// Makes, writes, hashes and deflates every job's file in parallel; returns them by path.
    static func make(_ jobs: [Job], into stage: OutputStage, memo: SourceCache?) throws -> [String: WrittenFile] {
        let order = jobs.indices.sorted { jobs[$0].cost != jobs[$1].cost ? jobs[$0].cost > jobs[$1].cost : $0 < $1 }
        let slots = ResultSlots<WrittenFile>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: order.count) { position in
            let index = order[position]
            slots.set(index, Result { try make(jobs[index], into: stage, memo: memo) })
        }
        var files: [String: WrittenFile] = [:]
        for (index, job) in jobs.enumerated() { files[job.path] = try slots.get(index) }
        return files
    }

    static func make(_ job: Job, into stage: OutputStage, memo: SourceCache?) throws -> WrittenFile {
        if stage.keepsPreviousFiles, let key = job.key, let known: WrittenFile = memo?.unchangedValue(job.path, key: key) {
            try stage.keep(job.path, known.fingerprint)
            return known
        }
        let bytes = try job.make()
        let file = try write(job.path, bytes, into: stage)
        if let key = job.key { memo?.recordValue(job.path, key: key, file) }
        return file
    }

    /// Writes one file of the `datos/` folder and keeps what the catalog needs of it.
    static func write(_ path: String, _ bytes: [UInt8], into stage: OutputStage) throws -> WrittenFile {
        let fingerprint = try stage.write(path, bytes)
        let entry = ZipBundle.Entry(path: String(path.dropFirst("datos/".count)), bytes: bytes, compress: !path.hasSuffix(".xlsx"))
        return WrittenFile(facts: FileFacts(bytes), entry: entry, fingerprint: fingerprint)
    }

    /// What a dataset's files are made from, hashed (valid within one process).
    static func key(_ table: Table, date: LocalDate?) -> Int {
        var hasher = Hasher()
        hasher.combine(table.columns)
        hasher.combine(table.rows)
        hasher.combine(date)
        return hasher.finalize()
    }
}
