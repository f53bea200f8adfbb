/// Territory outlines from the content's GeoJSON (`geo/*.geojson`), matched to territories of the
/// catalog: what the map draws and where the datasets' bounding boxes come from.
public struct TerritoryShapes: Sendable {
    public struct Shape: Sendable {
        public var territoryCode: Int
        /// Polygons, each a list of rings, each ring a list of (lon, lat).
        public var polygons: [[[(Double, Double)]]]

        public init(territoryCode: Int, polygons: [[[(Double, Double)]]]) {
            self.territoryCode = territoryCode
            self.polygons = polygons
        }

        /// The box around every position of the outline; nil when it has none.
        public var box: BoundingBox? {
            var box: BoundingBox?
            for ring in polygons.joined() {
                for (x, y) in ring {
                    let point = BoundingBox(west: x, south: y, east: x, north: y)
                    box = box.map { $0.union(point) } ?? point
                }
            }
            return box
        }
    }

    /// By territory code; a territory may have several.
    public var shapes: [Shape]

    public init(shapes: [Shape]) {
        self.shapes = shapes
    }

    /// Each outlined territory's bounding box, by territory slug: the box around all its shapes.
    public func boxes(of territories: TerritoryCatalog) -> [String: BoundingBox] {
        var boxes: [String: BoundingBox] = [:]
        for shape in shapes {
            guard let slug = territories[shape.territoryCode]?.slug, let box = shape.box else { continue }
            boxes[slug] = boxes[slug].map { $0.union(box) } ?? box
        }
        return boxes
    }
}
