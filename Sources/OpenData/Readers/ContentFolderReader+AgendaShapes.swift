import Foundation

/// The optional participation sources: `agenda.csv` and `geo/*.geojson`.
extension ContentFolderReader {
    func readAgenda(territories: TerritoryCatalog, diagnostics: inout Diagnostics) -> [AgendaEvent] {
        let url = root.appendingPathComponent(ContentLayout.agenda)
        guard FileManager.default.fileExists(atPath: url.path),
              let source = CSVSource.read(url, displayPath: display(ContentLayout.agenda), diagnostics: &diagnostics) else { return [] }
        return AgendaReader(territories: territories).read(source, diagnostics: &diagnostics)
    }

    /// Reads every GeoJSON file of `geo/`; later files add the territories the earlier ones lack.
    func readShapes(territories: TerritoryCatalog, diagnostics: inout Diagnostics) -> TerritoryShapes? {
        var shapes: [TerritoryShapes.Shape] = []
        for name in files(in: ContentLayout.geo, extension: "geojson") {
            let url = root.appendingPathComponent(ContentLayout.geo).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path),
                  let read = GeoJSONReader.read(Array(data), path: display("\(ContentLayout.geo)/\(name)"), territories: territories,
                                                diagnostics: &diagnostics) else { continue }
            let known = Set(shapes.map(\.territoryCode))
            shapes += read.shapes.filter { !known.contains($0.territoryCode) }
        }
        return shapes.isEmpty ? nil : TerritoryShapes(shapes: shapes.sorted { $0.territoryCode < $1.territoryCode })
    }
}
