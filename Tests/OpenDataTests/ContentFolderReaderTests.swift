import Foundation
import OpenData
import Synchronization
import Testing

/// The OpenData loader on a small content folder written by the test: territories, one Cuadro 1S
/// cut and one GeoJSON file become the model, the outlines with their boxes and the original file.
@Suite(.tags(.unit)) struct ContentFolderReaderTests {
    static let territories = """
        codigo,tipo,nombre,alias
        6,comuna,Comuna 6,
        57,corregimiento,Pichindé,
        99,ciudad,Toda la ciudad,

        """

    static let cut = "Cód centro gestor,Cód BPIN,Cód BP,Nombre BP,Cód Actividad,Nombre Actividad,Ponderación de Actividad,"
        + "% de Avance Actividad Trimestre I,Explicación Actividad Trim I,Comuna,Presupuesto Inicial,Presupuesto Modificado,"
        + "Ejecución,Obligado,Pagos,Fecha Inicio,Fecha Fin,Nombre Centro Gestor\n"
        + "4145,2024760010001,BP26000001,Parque,BP260000011,Obra,1,0.5,Avance,COMUNA 06,1000,1000,0,0,0,45658,45900,Salud\n"
        + "4145,2024760010002,BP26000002,Vía,BP260000021,Obra,1,0.25,Avance,PICHINDE,2000,2000,0,0,0,45658,45900,Salud\n"

    static let geo = """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","properties":{"name":"COMUNA 06"},"geometry":{"type":"Polygon","coordinates":[[[-76.5,3.45],[-76.48,3.5],[-76.52,3.47],[-76.5,3.45]]]}},
         {"type":"Feature","properties":{"name":"Atlántida"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[0,1],[0,0]]]}},
         {"type":"Feature","properties":{"id":"pichinde"},"geometry":{"type":"MultiPolygon","coordinates":[[[[-76.7,3.4],[-76.6,3.45],[-76.7,3.4]]]]}}]}
        """

    /// A content folder with `files` (path inside it → text), removed by the caller.
    static func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("content-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    static let files = [
        ContentLayout.territories: territories,
        ContentLayout.reports + "/2025-T1.csv": cut,
        ContentLayout.geo + "/territorios.geojson": geo,
    ]

    @Test func readsTheModelOutlinesBoxesAndOriginals() throws {
        let root = try Self.folder(Self.files)
        defer { try? FileManager.default.removeItem(at: root) }
        var diagnostics = Diagnostics()
        let source = ContentFolderReader(root: root).read(diagnostics: &diagnostics)

        #expect(source.data.territories.territories.map(\.code) == [6, 57, 99])
        let cut = try #require(ReportCut(id: "2025-T1"))
        #expect(source.data.reports.map(\.cut) == [cut])
        #expect(source.data.projects.map(\.bp).sorted() == ["BP26000001", "BP26000002"])
        #expect(Set(source.data.projects.map(\.territoryCode)) == [6, 57])

        let shapes = try #require(source.shapes)
        #expect(shapes.shapes.map(\.territoryCode) == [6, 57])
        let boxes = shapes.boxes(of: source.data.territories)
        let comuna = try #require(source.data.territories[6]).slug
        let pichinde = try #require(source.data.territories[57]).slug
        #expect(boxes == [comuna: BoundingBox(west: -76.52, south: 3.45, east: -76.48, north: 3.5),
                          pichinde: BoundingBox(west: -76.7, south: 3.4, east: -76.6, north: 3.45)])
        // The feature of no known territory is reported at load, once.
        let unknown = diagnostics.items.filter { $0.problem == .source(.shapeWithoutTerritory(feature: 2, name: "Atlántida")) }
        #expect(unknown.count == 1)
        #expect(unknown.first?.location.file == root.lastPathComponent + "/geo/territorios.geojson")

        let original = try #require(source.originals[cut])
        #expect(original.relativePath == "informes-1s/2025-T1.csv")
        #expect(original.facts == FileFacts(Array(Self.cut.utf8)))
        #expect(source.readTimes.map(\.path) == [root.lastPathComponent + "/informes-1s/2025-T1.csv"])
        #expect(source.agenda.isEmpty)
        #expect(!diagnostics.hasErrors)
    }

    /// Records what was read, to see that every source file goes through the reading given.
    final class RecordingReading: SourceReading {
        let kinds = Mutex<[String]>([])
        func read<T: Sendable>(_ url: URL, kind: String, diagnostics: inout Diagnostics,
                               parse: (inout Diagnostics) -> T) -> T {
            kinds.withLock { $0.append(url.lastPathComponent + " " + kind) }
            return parse(&diagnostics)
        }
    }

    @Test func sourcesAreReadThroughTheReadingHook() throws {
        let root = try Self.folder(Self.files)
        defer { try? FileManager.default.removeItem(at: root) }
        let reading = RecordingReading()
        var diagnostics = Diagnostics()
        _ = ContentFolderReader(root: root, reading: reading).read(diagnostics: &diagnostics)
        #expect(reading.kinds.withLock { $0 } == ["2025-T1.csv cuadro1s", "2025-T1.csv original"])
    }

    @Test func anEmptyFolderGivesCaliAndNoOutlines() throws {
        let root = try Self.folder([:])
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        var diagnostics = Diagnostics()
        let source = ContentFolderReader(root: root).read(diagnostics: &diagnostics)
        #expect(source.data.territories.territories.count == TerritoryCatalog.builtIn.territories.count)
        #expect(source.data.reports.isEmpty)
        #expect(source.shapes == nil)
        #expect(source.originals.isEmpty)
        #expect(diagnostics.items.isEmpty)
    }
}
