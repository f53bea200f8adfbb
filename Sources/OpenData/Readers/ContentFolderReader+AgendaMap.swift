import Foundation
import OpenData

/// The optional participation sources: `agenda.csv` and `geo/*.geojson`.
extension ContentLoader {
    func loadAgenda(territories: TerritoryCatalog, diagnostics: inout Diagnostics) -> [AgendaEvent] {
        let url = root.appendingPathComponent("agenda.csv")
        guard FileManager.default.fileExists(atPath: url.path),
              let source = CSVSource.read(url, displayPath: display("agenda.csv"), diagnostics: &diagnostics) else { return [] }
        return AgendaReader(territories: territories).read(source, diagnostics: &diagnostics)
    }

    /// Reads every GeoJSON file of `geo/`; later files add the territories the earlier ones lack.
    func loadShapes(territories: TerritoryCatalog, diagnostics: inout Diagnostics) -> TerritoryShapes? {
        var shapes: [TerritoryShapes.Shape] = []
        for name in files(in: "geo", extension: "geojson") {
            let url = root.appendingPathComponent("geo").appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path),
                  let read = TerritoryShapes.read(Array(data), path: display("geo/\(name)"), territories: territories,
                                                  diagnostics: &diagnostics) else { continue }
            let known = Set(shapes.map(\.territoryCode))
            shapes += read.shapes.filter { !known.contains($0.territoryCode) }
        }
        return shapes.isEmpty ? nil : TerritoryShapes(shapes: shapes.sorted { $0.territoryCode < $1.territoryCode })
    }
}
