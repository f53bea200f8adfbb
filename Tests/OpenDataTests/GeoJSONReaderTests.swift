import Foundation
import OpenData
import Testing

/// The one GeoJSON reader: outlines matched to territories, their bounding boxes, and the
/// problems of features it cannot place.
@Suite(.tags(.unit)) struct GeoJSONReaderTests {
    static func read(_ text: String, diagnostics: inout Diagnostics) -> TerritoryShapes? {
        GeoJSONReader.read(Array(text.utf8), path: "content/geo/t.geojson", territories: .builtIn, diagnostics: &diagnostics)
    }

    @Test func matchesByNameIdOrSlugAndUnitesATerritorysBoxes() throws {
        let geo = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"name":"COMUNA 06"},"geometry":{"type":"Polygon","coordinates":[[[-76.5,3.45],[-76.48,3.5],[-76.52,3.47],[-76.5,3.45]]]}},
             {"type":"Feature","id":"pance","properties":{},"geometry":{"type":"Polygon","coordinates":[[[-76.6,3.3],[-76.55,3.32],[-76.6,3.3]]]}},
             {"type":"Feature","properties":{"slug":"comuna-06"},"geometry":{"type":"MultiPolygon","coordinates":[[[[-76.53,3.44],[-76.5,3.46],[-76.53,3.44]]]]}},
             {"type":"Feature","properties":{"codigo":57},"geometry":{"type":"Point","coordinates":[-76.6,3.4]}}]}
            """
        var diagnostics = Diagnostics()
        let shapes = try #require(Self.read(geo, diagnostics: &diagnostics))
        #expect(diagnostics.items.isEmpty)
        // Sorted by territory code; a point is no outline.
        #expect(shapes.shapes.map(\.territoryCode) == [6, 6, 53])
        #expect(shapes.shapes[0].polygons.count == 1 && shapes.shapes[0].polygons[0][0].count == 4)
        let comuna = try #require(TerritoryCatalog.builtIn[6]).slug
        let pance = try #require(TerritoryCatalog.builtIn[53]).slug
        let boxes = shapes.boxes(of: .builtIn)
        #expect(boxes[comuna] == BoundingBox(west: -76.53, south: 3.44, east: -76.48, north: 3.5))
        #expect(boxes[pance] == BoundingBox(west: -76.6, south: 3.3, east: -76.55, north: 3.32))
        #expect(boxes.count == 2)
        #expect(boxes[pance]?.schemaOrgBox == "3.3 -76.6 3.32 -76.55")
    }

    @Test func aFeatureOfNoKnownTerritoryIsAWarning() {
        let geo = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"nombre":"Macondo"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[0,0]]]}},
             {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[0,0]]]}}]}
            """
        var diagnostics = Diagnostics()
        let shapes = Self.read(geo, diagnostics: &diagnostics)
        #expect(shapes?.shapes.isEmpty == true)
        #expect(diagnostics.items.map(\.problem) == [.source(.shapeWithoutTerritory(feature: 1, name: "Macondo")),
                                                     .source(.shapeWithoutTerritory(feature: 2, name: nil))])
        #expect(diagnostics.items.allSatisfy { $0.severity == .warning && $0.location.file == "content/geo/t.geojson" })
    }

    @Test func notGeoJSONIsAnError() {
        var diagnostics = Diagnostics()
        #expect(Self.read("{\"type\":\"Feature\"}", diagnostics: &diagnostics) == nil)
        #expect(diagnostics.items.map(\.problem) == [.source(.notGeoJSON)])
        #expect(diagnostics.hasErrors)
    }
}
