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
    /// big ones start first, and how to make it (handing its bytes over in pieces).
    struct Job: Sendable {
        var path: String
        var key: Int?
        var cost: Int
        var make: @Sendable (_ piece: ([UInt8]) throws -> Void) throws -> Void
    }

    static func write(_ datasets: [Dataset], content: SiteContent, contentRoot: URL, into stage: OutputStage,
                      cache: SourceCache?) throws -> CatalogStage.Result {
        let date = content.config.date
        var jobs: [Job] = []
        for dataset in datasets {
            let key = cache == nil ? nil : self.key(dataset.table, date: date)
            let table = dataset.table
            let cost = table.rows.count * table.columns.count + 1
            jobs.append(Job(path: dataset.basePath + ".csv", key: key, cost: cost) { try CSVWriter.write(table, flush: $0) })
            jobs.append(Job(path: dataset.basePath + ".json", key: key, cost: cost * 2) { try JSONTableWriter.write(table, flush: $0) })
            jobs.append(Job(path: dataset.basePath + ".xlsx", key: key, cost: cost * 3) { try $0(try XLSXWriter.write(table, date: date)) })
        }
        let territories = TerritoryTable.table(content.data.territories)
        let territoriesKey = cache == nil ? nil : key(territories, date: date)
        jobs.append(Job(path: TerritoryTable.basePath + ".csv", key: territoriesKey, cost: 1) { try $0(CSVWriter.write(territories)) })
        jobs.append(Job(path: TerritoryTable.basePath + ".xlsx", key: territoriesKey, cost: 1) {
            try $0(try XLSXWriter.write(territories, sheetName: "Territorios", date: date))
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
        let file = try write(job.path, into: stage, pieces: job.make)
        if let key = job.key { memo?.recordValue(job.path, key: key, file) }
        return file
    }

    /// Writes one file of the `datos/` folder given in pieces, hashing and deflating each piece as
    /// it passes: the file is never held whole.
    static func write(_ path: String, into stage: OutputStage,
                      pieces make: (_ piece: ([UInt8]) throws -> Void) throws -> Void) throws -> WrittenFile {
        let compress = !path.hasSuffix(".xlsx")
        let sha = SHA256.Hasher()
        let deflater = ZipBundle.Deflater()
        var size = 0
        var head: [UInt8] = []
        let fingerprint = try stage.write(path) { write in
            try withoutActuallyEscaping(write) { write in
                try make { piece in
                    try write(piece)
                    sha.add(piece)
                    if compress { deflater.add(piece) }
                    // Small files (and spreadsheets, stored as they are in the bundles) are kept whole.
                    if !compress || size + piece.count <= 1 << 20 { head += piece }
                    size += piece.count
                }
            }
        }
        let name = String(path.dropFirst("datos/".count))
        let entry = compress
            ? deflater.finish(path: name) { head.count == size ? head : collect(make) }
            : ZipBundle.Entry(path: name, bytes: head, compress: false)
        return WrittenFile(facts: FileFacts(byteSize: size, sha256: sha.finish()), entry: entry, fingerprint: fingerprint)
    }

    /// The bytes of a file made in pieces, joined (only when deflating one failed).
    private static func collect(_ make: (_ piece: ([UInt8]) throws -> Void) throws -> Void) -> [UInt8] {
        var whole: [UInt8] = []
        try? make { whole += $0 }
        return whole
    }

    /// Writes one file of the `datos/` folder and keeps what the catalog needs of it.
    static func write(_ path: String, _ bytes: [UInt8], into stage: OutputStage) throws -> WrittenFile {
        try write(path, into: stage) { try $0(bytes) }
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
