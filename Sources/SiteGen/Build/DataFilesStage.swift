import Foundation
import OpenData

/// Writes the dataset files (CSV, JSON, spreadsheet) and the territories table.
///
/// Each file is made, written, hashed and deflated for the ZIP bundles in one step, in parallel
/// across the cores, the biggest first, and its bytes are dropped at once: only the facts the
/// catalog states and the compressed bytes stay (at national scale the datasets are gigabytes).
struct DataFilesStage {
    let runner: any JobRunner

    /// A data file after it was written.
    struct WrittenFile: Sendable {
        var facts: FileFacts
        /// The bytes deflated once, named by their path under `datos/` as the bundles hold them.
        var entry: ZipBundle.Entry
    }

    /// What a data file is made from: a table and the site's date (stamped in spreadsheets).
    /// A dataset's CSV, JSON and spreadsheet share one input, whose table is hashed once for the
    /// three (`TableDigest`), and only when a runner asks (`sitegen serve`).
    struct TableInput: Hashable, Sendable {
        var table: Table
        var date: LocalDate?
        private let digest = TableDigest()

        init(table: Table, date: LocalDate?) {
            self.table = table
            self.date = date
        }

        static func == (a: Self, b: Self) -> Bool { a.table.columns == b.table.columns && a.table.rows == b.table.rows && a.date == b.date }

        func hash(into hasher: inout Hasher) {
            hasher.combine(digest.of(table))
            hasher.combine(date)
        }
    }

    /// What a data file is made from: a table, or bytes made beforehand (the OC4IDS package, which
    /// is small). Either way the runner redoes the file exactly when its input changes.
    enum Input: Hashable, Sendable {
        case table(TableInput)
        case bytes([UInt8])
    }

    /// One file to make: its path, what it is made from, a rough cost so the big ones start first,
    /// and how to make it from that (handing its bytes over in pieces).
    struct Job: Sendable {
        var path: String
        var input: Input
        var cost: Int
        var make: @Sendable (_ input: Input, _ piece: ([UInt8]) throws -> Void) throws -> Void

        /// A file made from a table.
        static func table(_ path: String, _ input: TableInput, cost: Int,
                          _ make: @escaping @Sendable (_ input: TableInput, _ piece: ([UInt8]) throws -> Void) throws -> Void) -> Job {
            Job(path: path, input: .table(input), cost: cost) { input, piece in
                if case .table(let table) = input { try make(table, piece) }
            }
        }

        /// A file whose bytes are made already.
        static func bytes(_ path: String, _ bytes: [UInt8]) -> Job {
            Job(path: path, input: .bytes(bytes), cost: 1) { input, piece in
                if case .bytes(let bytes) = input { try piece(bytes) }
            }
        }
    }

    /// Writes every data file; returns them by path.
    func run(_ datasets: [Dataset], content: SiteContent) throws -> [String: WrittenFile] {
        let date = content.config.date
        var jobs: [Job] = []
        for dataset in datasets {
            let input = TableInput(table: dataset.table, date: date)
            let cost = dataset.table.rows.count * dataset.table.columns.count + 1
            jobs.append(.table(dataset.basePath + ".csv", input, cost: cost) { try CSVWriter.write($0.table, flush: $1) })
            jobs.append(.table(dataset.basePath + ".json", input, cost: cost * 2) { try JSONTableWriter.write($0.table, flush: $1) })
            jobs.append(.table(dataset.basePath + ".xlsx", input, cost: cost * 3) { try $1(try XLSXWriter.write($0.table, date: $0.date)) })
        }
        let territories = TableInput(table: TerritoryTable.table(content.data.territories), date: date)
        jobs.append(.table(TerritoryTable.basePath + ".csv", territories, cost: 1) { try $1(CSVWriter.write($0.table)) })
        jobs.append(.table(TerritoryTable.basePath + ".xlsx", territories, cost: 1) {
            try $1(try XLSXWriter.write($0.table, sheetName: "Territorios", date: $0.date))
        })
        jobs.append(.bytes(OC4IDSWriter.path, OC4IDSWriter.write(content.data, info: CatalogStage.info(content.config),
                                                                 boxes: content.shapes?.boxes(of: content.data.territories) ?? [:])))
        return try make(jobs)
    }

    /// Runs every job in parallel, the biggest first; returns the files by path.
    func make(_ jobs: [Job]) throws -> [String: WrittenFile] {
        let order = jobs.indices.sorted { jobs[$0].cost != jobs[$1].cost ? jobs[$0].cost > jobs[$1].cost : $0 < $1 }
        let slots = ResultSlots<WrittenFile>(count: jobs.count)
        let runner = self.runner
        DispatchQueue.concurrentPerform(iterations: order.count) { position in
            let job = jobs[order[position]]
            slots.set(order[position], Result {
                try runner.run(job.path, from: job.input) { input, sink in
                    try Self.write(job.path, into: sink) { try job.make(input, $0) }
                }
            })
        }
        var files: [String: WrittenFile] = [:]
        for (index, job) in jobs.enumerated() { files[job.path] = try slots.get(index) }
        return files
    }

    /// Writes one file of the `datos/` folder given in pieces, hashing and deflating each piece as
    /// it passes: the file is never held whole.
    static func write(_ path: String, into sink: any FileSink,
                      pieces make: (_ piece: ([UInt8]) throws -> Void) throws -> Void) throws -> WrittenFile {
        let compress = !path.hasSuffix(".xlsx")
        let sha = SHA256.Hasher()
        let deflater = ZipBundle.Deflater()
        var size = 0
        var head: [UInt8] = []
        try sink.write(path) { write in
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
        return WrittenFile(facts: FileFacts(byteSize: size, sha256: sha.finish()), entry: entry)
    }

    /// The bytes of a file made in pieces, joined (only when deflating one failed).
    private static func collect(_ make: (_ piece: ([UInt8]) throws -> Void) throws -> Void) -> [UInt8] {
        var whole: [UInt8] = []
        try? make { whole += $0 }
        return whole
    }

    /// Writes one file of the `datos/` folder and keeps what the catalog needs of it.
    static func write(_ path: String, _ bytes: [UInt8], into sink: any FileSink) throws -> WrittenFile {
        try write(path, into: sink) { try $0(bytes) }
    }
}
