/// The whole open-data catalog: who publishes it, every dataset's metadata and the territories table.
public struct Catalog: Sendable {
    public var info: CatalogInfo
    public var datasets: [DatasetMetadata]
    /// The `territorios` table and its files (CSV, XLSX), target of the foreign keys.
    public var territories: Table
    public var territoryFiles: [Distribution]

    /// Folders (`territorios/pance`, `ciudad-completa`) in catalog order, each with its datasets.
    public var folders: [(folder: String, scope: DatasetScope, datasets: [DatasetMetadata])] {
        var order: [String] = []
        var groups: [String: [DatasetMetadata]] = [:]
        for dataset in datasets {
            if groups[dataset.scope.folder] == nil { order.append(dataset.scope.folder) }
            groups[dataset.scope.folder, default: []].append(dataset)
        }
        return order.map { ($0, groups[$0]![0].scope, groups[$0]!) }
    }
}

/// Builds the catalog's metadata from the datasets and the facts of the files written for them.
public enum CatalogBuilder {
    /// - Parameters:
    ///   - files: size and hash of every written file by site path; each dataset's
    ///     `<basePath>.csv|json|xlsx` found here become its distributions.
    ///   - boxes: bounding boxes by territory slug (from the content's GeoJSON), possibly empty.
    public static func build(datasets: [Dataset], files: [String: FileFacts], info: CatalogInfo,
                             territories: TerritoryCatalog, boxes: [String: BoundingBox]) -> Catalog {
        let described = datasets.map { metadata(for: $0, files: files, info: info, boxes: boxes) }
        let territoryFiles = FileFormats.datasetFiles.compactMap { format -> Distribution? in
            let path = TerritoryTable.basePath + "." + format.ext
            return files[path].map { Distribution(path: path, format: format.name, mediaType: format.mediaType, facts: $0) }
        }
        return Catalog(info: info, datasets: described, territories: TerritoryTable.table(territories), territoryFiles: territoryFiles)
    }

    static func metadata(for dataset: Dataset, files: [String: FileFacts], info: CatalogInfo,
                         boxes: [String: BoundingBox]) -> DatasetMetadata {
        let spatial: SpatialCoverage
        switch dataset.scope {
        case .territory(let territory):
            spatial = SpatialCoverage(name: territory.name, code: territory.code, slug: territory.slug, bbox: boxes[territory.slug])
        case .wholeCity:
            let union = boxes.values.sorted { ($0.west, $0.south) < ($1.west, $1.south) }.reduce(nil as BoundingBox?) { $0?.union($1) ?? $1 }
            spatial = SpatialCoverage(name: info.municipality, code: Territory.cityWideCode, slug: "ciudad-completa", bbox: union)
        }
        let temporal = dataset.period.map { TemporalCoverage(start: $0.start, end: $0.end, label: $0.label) }
        var distributions = FileFormats.datasetFiles.compactMap { format -> Distribution? in
            let path = dataset.basePath + "." + format.ext
            return files[path].map { Distribution(path: path, format: format.name, mediaType: format.mediaType, facts: $0) }
        }
        // The city's projects are also published as one OC4IDS project package.
        if dataset.kind == .proyectos, dataset.scope == .wholeCity, let facts = files[OC4IDSWriter.path] {
            distributions.append(Distribution(path: OC4IDSWriter.path, format: OC4IDSWriter.format, mediaType: FileFormats.json.mediaType,
                                              facts: facts, conformsTo: OC4IDSWriter.schemaURL))
        }
        let title = "\(dataset.kind.title) · \(info.name(of: dataset.scope))"
        let keywords = [info.municipality, info.name(of: dataset.scope), dataset.kind.title, "inversión pública", "Cuadro 1S",
                        "presupuesto participativo", "datos abiertos"]
        return DatasetMetadata(
            kind: dataset.kind, scope: dataset.scope, path: dataset.basePath, identifier: info.url(dataset.basePath),
            landingPath: dataset.basePath + "/",
            name: dataset.scope.folder.split(separator: "/").last.map(String.init)! + "-" + dataset.kind.rawValue,
            title: title, description: description(dataset, info: info),
            keywords: Array(OrderedUnique.unique(keywords)),
            theme: "http://publications.europa.eu/resource/authority/data-theme/GOVE", themeLabel: "Gobierno y sector público",
            spatial: spatial, temporal: temporal, modified: info.date,
            version: dataset.period?.label ?? "sin-corte",
            columns: dataset.table.columns, rowCount: dataset.table.rows.count,
            exampleRow: dataset.table.rows.first ?? [], distributions: distributions,
            primaryKey: TableKeys.primaryKey(dataset.kind), foreignKeys: TableKeys.foreignKeys(dataset.kind)
        )
    }

    /// A Spanish description of 50 to 5000 characters that says what the table holds and where from.
    static func description(_ dataset: Dataset, info: CatalogInfo) -> String {
        let cut = dataset.period.map { "\(dataset.cut == nil ? "periodo" : "corte") \($0.label) (del \($0.start.iso) al \($0.end.iso))" }
            ?? "sin corte publicado todavía"
        let columns = dataset.table.columns.map(\.name).joined(separator: ", ")
        var text = "\(dataset.kind.title) de \(info.name(of: dataset.scope)) (\(info.municipality)), "
            + "\(dataset.kind.sourceDescription) \(cut). \(dataset.table.rows.count) \(dataset.table.rows.count == 1 ? "fila" : "filas"); columnas: \(columns). "
            + (dataset.note.map { $0 + " " } ?? "")
            + "Publica: \(info.publisherName). Licencia: \(info.licenseTitle)."
        if text.count > 5000 { text = String(text.prefix(4999)) + "…" }
        return text
    }
}

/// Order-keeping de-duplication.
enum OrderedUnique {
    static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
