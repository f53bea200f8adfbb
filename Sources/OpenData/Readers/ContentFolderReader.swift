import Foundation

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
        var readTimes: [SourceReadTime] = []
        let reports = readReports(territories: territories, diagnostics: &diagnostics, readTimes: &readTimes)
        let executions = readExecutions(territories: territories, diagnostics: &diagnostics)
        var data = CityData(territories: territories, reports: reports, executions: executions)
        readParticipation(into: &data, diagnostics: &diagnostics)
        data.contracts = readContracts(diagnostics: &diagnostics, readTimes: &readTimes)
        var source = SourceData(data: data)
        source.agenda = readAgenda(territories: territories, diagnostics: &diagnostics)
        source.shapes = readShapes(territories: territories, diagnostics: &diagnostics)
        source.originals = readOriginals(of: reports, diagnostics: &diagnostics)
        source.readTimes = readTimes
        return source
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
