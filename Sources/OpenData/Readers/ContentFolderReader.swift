import Foundation
import Synchronization

/// Reads the data sources of a content folder (`ContentLayout`) into the model: territories,
/// Cuadro 1S cuts, budget execution, participation plans and diagnoses, agenda, territory outlines
/// and the cuts' original files. Collects every problem instead of stopping at the first.
public struct ContentFolderReader: Sendable {
    public let root: URL
    /// Reads each source file directly, or through the cache of `sitegen serve`.
    public let reading: any SourceReading

    public init(root: URL, reading: any SourceReading = DirectReading()) {
        self.root = root.standardizedFileURL
        self.reading = reading
    }

    /// Reads every data source; an absent optional source leaves its part empty.
    public func read(diagnostics: inout Diagnostics) -> SourceData {
        let territories = readTerritories(diagnostics: &diagnostics)
        // The contracts need nothing else read first: they are read on the other core meanwhile.
        let (cuts, contracts) = Self.together {
            var diagnostics = Diagnostics(), readTimes: [SourceReadTime] = []
            let reports = readReports(territories: territories, diagnostics: &diagnostics, readTimes: &readTimes)
            let executions = readExecutions(territories: territories, diagnostics: &diagnostics)
            return (reports: reports, executions: executions, diagnostics: diagnostics, readTimes: readTimes)
        } and: {
            var diagnostics = Diagnostics(), readTimes: [SourceReadTime] = []
            let contracts = readContracts(diagnostics: &diagnostics, readTimes: &readTimes)
            return (contracts: contracts, diagnostics: diagnostics, readTimes: readTimes)
        }
        diagnostics.append(contentsOf: cuts.diagnostics)
        var data = CityData(territories: territories, reports: cuts.reports, executions: cuts.executions)
        readParticipation(into: &data, diagnostics: &diagnostics)
        diagnostics.append(contentsOf: contracts.diagnostics)
        data.contracts = contracts.contracts
        var source = SourceData(data: data)
        source.agenda = readAgenda(territories: territories, diagnostics: &diagnostics)
        source.shapes = readShapes(territories: territories, diagnostics: &diagnostics)
        source.originals = readOriginals(of: cuts.reports, diagnostics: &diagnostics)
        source.readTimes = cuts.readTimes + contracts.readTimes
        return source
    }

    /// Runs `first` and `second` at the same time and returns both results.
    private static func together<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, and second: @Sendable () -> B) -> (A, B) {
        let results = Mutex<(A?, B?)>((nil, nil))
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                let value = first()
                results.withLock { $0.0 = value }
            } else {
                let value = second()
                results.withLock { $0.1 = value }
            }
        }
        return results.withLock { ($0.0!, $0.1!) }
    }

    /// Path shown in messages: the content folder's name followed by the path inside it.
    public func display(_ relative: String) -> String {
        root.lastPathComponent + "/" + relative
    }

    /// The visible files of `folder` whose name ends in `.ext` (any case), sorted.
    public func files(in folder: String, extension ext: String) -> [String] {
        let url = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.lowercased().hasSuffix("." + ext) && !$0.hasPrefix(".") }.sorted()
    }

    func readTerritories(diagnostics: inout Diagnostics) -> TerritoryCatalog {
        let url = root.appendingPathComponent(ContentLayout.territories)
        guard FileManager.default.fileExists(atPath: url.path) else { return .builtIn }
        guard let source = CSVSource.read(url, displayPath: display(ContentLayout.territories), diagnostics: &diagnostics),
              let catalog = TerritoryCatalog.read(source, diagnostics: &diagnostics) else { return .builtIn }
        return catalog
    }

    func readReports(territories: TerritoryCatalog, diagnostics: inout Diagnostics, readTimes: inout [SourceReadTime]) -> [Cuadro1SReport] {
        let folder = ContentLayout.reports
        let reader = Cuadro1SReader(territories: territories)
        var reports: [Cuadro1SReport] = []
        var seen = Set<ReportCut>()
        for name in (files(in: folder, extension: "csv") + files(in: folder, extension: "xlsx")).sorted() {
            let path = display("\(folder)/\(name)")
            guard let cut = ReportCut(id: String(name.prefix { $0 != "." })) else {
                diagnostics.error(SourceLocation(file: path), .source(.badReportFileName))
                continue
            }
            guard seen.insert(cut).inserted else {
                diagnostics.error(SourceLocation(file: path), .source(.duplicateCut(cut: cut.id)))
                continue
            }
            let url = root.appendingPathComponent(folder).appendingPathComponent(name)
            let started = SourceReadTime.Start()
            defer { readTimes.append(SourceReadTime(path: path, since: started)) }
            let report: Cuadro1SReport? = reading.read(url, kind: "cuadro1s", diagnostics: &diagnostics) { diagnostics in
                readCuadro1S(url, displayPath: path, cut: cut, reader: reader, diagnostics: &diagnostics)
            }
            guard let report else { continue }
            reports.append(report)
        }
        return reports
    }
}
