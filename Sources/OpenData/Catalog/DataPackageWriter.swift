/// Writes Frictionless Data Package v2 descriptors (`datapackage.json`): one per dataset folder
/// (`datos/territorios/<slug>/`, `datos/ciudad-completa/`) and one for the whole catalog (`datos/`),
/// each resource with its Table Schema, keys, `bytes` and `hash`.
public enum DataPackageWriter {
    public static let profile = "https://datapackage.org/profiles/2.0/datapackage.json"

    /// The descriptor of one folder: its datasets as resources named by kind, and the territories
    /// table inline, so the folder (and its ZIP) validates on its own.
    public static func folderPackage(_ folder: String, scope: DatasetScope, datasets: [DatasetMetadata], catalog: Catalog) -> JSONValue {
        let prefix = "datos/\(folder)/"
        let slug = folder.split(separator: "/").last.map(String.init) ?? folder
        var resources = datasets.compactMap { dataset in
            resource(dataset, name: dataset.kind.rawValue, prefix: prefix) { $0?.rawValue ?? "territorios" }
        }
        resources.append(territoriesInline(catalog))
        let cut = datasets.compactMap(\.temporal).first
        return package(name: "cali-\(slug)", path: prefix, title: "Datos abiertos de inversión · \(catalog.info.name(of: scope))",
                       description: "Proyectos de inversión y actividades de \(catalog.info.name(of: scope)) (\(catalog.info.municipality))"
                           + (cut.map { ", corte \($0.label) del informe Cuadro 1S." } ?? "."),
                       version: cut?.label, catalog: catalog, resources: resources)
    }

    /// The descriptor of the whole catalog: every dataset as a resource named `<folder>-<kind>`.
    public static func catalogPackage(_ catalog: Catalog) -> JSONValue {
        let prefix = "datos/"
        var resources: [JSONValue] = []
        if let csv = catalog.territoryFiles.first(where: { $0.format == "CSV" }) {
            resources.append(.fields([
                ("name", .string("territorios")), ("type", .string("table")),
                ("path", .string(String(csv.path.dropFirst(prefix.count)))),
                ("format", .string("csv")), ("mediatype", .string(csv.mediaType)), ("encoding", .string("utf-8")),
                ("title", .string("Territorios de \(catalog.info.municipality)")),
                ("bytes", .int(csv.byteSize)), ("hash", .string("sha256:" + csv.sha256)),
                ("schema", schema(TerritoryTable.columns, primaryKey: ["codigo"], foreignKeys: []) { _ in "" }),
            ]))
        }
        for dataset in catalog.datasets {
            let folderName = dataset.scope.folder.split(separator: "/").last.map(String.init) ?? dataset.scope.folder
            if let entry = resource(dataset, name: dataset.name, prefix: prefix, referenceName: { kind in
                kind.map { "\(folderName)-\($0.rawValue)" } ?? "territorios"
            }) {
                resources.append(entry)
            }
        }
        let cut = catalog.datasets.compactMap(\.temporal).first
        return package(name: "cali-catalogo", path: prefix, title: catalog.info.title,
                       description: catalog.info.description, version: cut?.label, catalog: catalog, resources: resources)
    }

    static func package(name: String, path: String, title: String, description: String, version: String?,
                        catalog: Catalog, resources: [JSONValue]) -> JSONValue {
        let info = catalog.info
        let base = info.baseURL.isEmpty ? nil : info.url(path)
        let cut = catalog.datasets.compactMap(\.temporal).first
        return .fields([
            ("$schema", .string(profile)),
            ("name", .string(name)),
            ("id", base.map { .string($0 + "datapackage.json") }),
            ("title", .string(title)),
            ("description", .string(description)),
            ("homepage", base.map { .string($0) }),
            ("version", version.map { .string($0) }),
            ("created", info.date.map { .string($0.iso + "T00:00:00Z") }),
            ("keywords", .array([info.municipality, "inversión pública", "Cuadro 1S", "datos abiertos"].map { .string($0) })),
            ("licenses", .array([.fields([("name", .string(info.licenseID)), ("path", .string(info.licenseURL)),
                                          ("title", .string(info.licenseTitle))])])),
            ("sources", .array([.fields([
                ("title", .string("Informe de seguimiento al plan de acción Cuadro 1S" + (cut.map { " (corte \($0.label))" } ?? ""))),
                ("path", info.publisherURL.isEmpty ? nil : .string(info.publisherURL)),
            ])])),
            ("contributors", .array([.fields([
                ("title", .string(info.publisherName)), ("roles", .array([.string("publisher")])),
                ("path", info.publisherURL.isEmpty ? nil : .string(info.publisherURL)),
                ("email", info.email.isEmpty ? nil : .string(info.email)),
            ])])),
            ("resources", .array(resources)),
        ])
    }

    static func resource(_ dataset: DatasetMetadata, name: String, prefix: String,
                         referenceName: (DatasetKind?) -> String) -> JSONValue? {
        guard let csv = dataset.csv else { return nil }
        return .fields([
            ("name", .string(name)),
            ("type", .string("table")),
            ("path", .string(String(csv.path.dropFirst(prefix.count)))),
            ("format", .string("csv")),
            ("mediatype", .string(csv.mediaType)),
            ("encoding", .string("utf-8")),
            ("title", .string(dataset.title)),
            ("description", .string(dataset.description)),
            ("bytes", .int(csv.byteSize)),
            ("hash", .string("sha256:" + csv.sha256)),
            ("schema", schema(dataset.columns, primaryKey: dataset.primaryKey, foreignKeys: dataset.foreignKeys, referenceName: referenceName)),
        ])
    }

    /// A Table Schema: fields with types and constraints, primary key and foreign keys.
    static func schema(_ columns: [Column], primaryKey: [String], foreignKeys: [ForeignKey],
                       referenceName: (DatasetKind?) -> String) -> JSONValue {
        let fields: [JSONValue] = columns.map { column in
            .fields([
                ("name", .string(column.name)),
                ("type", .string(column.type.rawValue)),
                ("title", .string(column.title)),
                ("description", .string(column.description + (column.unit.map { " Unidad: \($0)." } ?? ""))),
                ("constraints", column.required || primaryKey.contains(column.name) ? .object([("required", .bool(true))]) : nil),
            ])
        }
        return .fields([
            ("fields", .array(fields)),
            ("missingValues", .array([.string("")])),
            ("primaryKey", primaryKey.isEmpty ? nil : .array(primaryKey.map { .string($0) })),
            ("foreignKeys", foreignKeys.isEmpty ? nil : .array(foreignKeys.map { key in
                .object([
                    ("fields", .array(key.fields.map { .string($0) })),
                    ("reference", .object([("resource", .string(referenceName(key.reference))),
                                           ("fields", .array(key.referenceFields.map { .string($0) }))])),
                ])
            })),
        ])
    }

    /// The territories table as an inline resource.
    static func territoriesInline(_ catalog: Catalog) -> JSONValue {
        let names = catalog.territories.columns.map(\.name)
        let rows: [JSONValue] = [.array(names.map { .string($0) })] + catalog.territories.rows.map { row in
            .array(row.map { cell in
                switch cell {
                case .integer(let value): return .integer(value)
                case .number(let value): return .number(value)
                case .text(let text): return .string(text)
                case .date(let date): return .string(date.iso)
                case .empty: return .null
                }
            })
        }
        return .fields([
            ("name", .string("territorios")),
            ("type", .string("table")),
            ("title", .string("Territorios de \(catalog.info.municipality)")),
            ("data", .array(rows)),
            ("schema", schema(TerritoryTable.columns, primaryKey: ["codigo"], foreignKeys: []) { _ in "" }),
        ])
    }
}
