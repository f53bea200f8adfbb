import Foundation

/// Bounding boxes of territories from a GeoJSON FeatureCollection (e.g. `content/geo/comunas.geojson`).
/// A feature is matched to a territory slug by its `properties.id`, the feature `id`, or its
/// `properties.name` turned into a slug ("COMUNA 06" → `comuna-06`, "Pichinde" → `pichinde`).
public enum GeoBounds {
    public static func boxes(geoJSON bytes: [UInt8], slugs: Set<String>) -> [String: BoundingBox] {
        guard let root = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let features = root["features"] as? [[String: Any]] else { return [:] }
        var out: [String: BoundingBox] = [:]
        for feature in features {
            let properties = feature["properties"] as? [String: Any] ?? [:]
            let candidates = [properties["id"], feature["id"], properties["slug"], properties["name"], properties["nombre"]]
                .compactMap { $0 as? String }.map { Slug.make($0) }
            guard let slug = candidates.first(where: { slugs.contains($0) }),
                  let geometry = feature["geometry"] as? [String: Any],
                  let box = bounds(of: geometry["coordinates"] as Any) else { continue }
            out[slug] = out[slug].map { $0.union(box) } ?? box
        }
        return out
    }

    /// The box around every [longitude, latitude] position nested in `coordinates`.
    static func bounds(of coordinates: Any) -> BoundingBox? {
        guard let array = coordinates as? [Any] else { return nil }
        if array.count >= 2, let x = (array[0] as? NSNumber)?.doubleValue, let y = (array[1] as? NSNumber)?.doubleValue,
           !(array[0] is [Any]) {
            return BoundingBox(west: x, south: y, east: x, north: y)
        }
        return array.compactMap { bounds(of: $0) }.reduce(nil as BoundingBox?) { $0?.union($1) ?? $1 }
    }
}
