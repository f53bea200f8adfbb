import Foundation

/// Reads territory outlines from a GeoJSON FeatureCollection (`geo/*.geojson`): each feature's
/// polygons as rings of (longitude, latitude), matched to a territory of the catalog by its
/// `name`, `nombre`, `id`, `codigo` or `slug` property or the feature's `id` ("COMUNA 06",
/// `comuna-06`, "Pichinde", 53). The one reader of GeoJSON: the map's shapes and the catalog's
/// bounding boxes both come from what it returns.
public enum GeoJSONReader {
    /// Parses GeoJSON bytes; features whose territory is unknown are reported as warnings.
    public static func read(_ bytes: [UInt8], path: String, territories: TerritoryCatalog,
                            diagnostics: inout Diagnostics) -> TerritoryShapes? {
        guard let root = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let features = root["features"] as? [[String: Any]] else {
            diagnostics.error(SourceLocation(file: path), .source(.notGeoJSON))
            return nil
        }
        var shapes: [TerritoryShapes.Shape] = []
        for (index, feature) in features.enumerated() {
            let properties = feature["properties"] as? [String: Any] ?? [:]
            let names = (["name", "nombre", "id", "codigo", "slug"].map { properties[$0] } + [feature["id"]]).compactMap { value -> String? in
                switch value {
                case let text as String: return text
                case let number as NSNumber: return number.stringValue
                default: return nil
                }
            }
            let territory = names.lazy.compactMap { territories.resolve($0) ?? territories.resolve($0.replacingOccurrences(of: "-", with: " ")) }.first
            guard let territory else {
                diagnostics.warning(SourceLocation(file: path), .source(.shapeWithoutTerritory(feature: index + 1, name: names.first)))
                continue
            }
            guard let geometry = feature["geometry"] as? [String: Any], let type = geometry["type"] as? String,
                  let coordinates = geometry["coordinates"] as? [Any] else { continue }
            func ring(_ value: Any) -> [(Double, Double)] {
                (value as? [[Any]] ?? []).compactMap { point in
                    guard point.count >= 2, let x = (point[0] as? NSNumber)?.doubleValue,
                          let y = (point[1] as? NSNumber)?.doubleValue else { return nil }
                    return (x, y)
                }
            }
            let polygons: [[[(Double, Double)]]]
            switch type {
            case "Polygon": polygons = [coordinates.map(ring)]
            case "MultiPolygon": polygons = coordinates.map { ($0 as? [Any] ?? []).map(ring) }
            default: continue
            }
            shapes.append(TerritoryShapes.Shape(territoryCode: territory.code, polygons: polygons))
        }
        return TerritoryShapes(shapes: shapes.sorted { $0.territoryCode < $1.territoryCode })
    }
}
