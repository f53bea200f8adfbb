import Synchronization

/// What the catalog publishes beside the datasets' files: the metadata documents (each folder's
/// and the whole catalog's `datapackage.json`; with a base URL, `catalog.ttl`, `catalog.jsonld` and
/// `data.json`) and the "Descargar todo" ZIP bundles (one per dataset folder, one of the whole
/// catalog). Whoever executes the plan writes the bytes, hashes them and makes the archives.
public struct CatalogPlan: Sendable {
    /// A metadata document: where it goes, its format, and how its bytes are made (independent of
    /// the other documents, so they can be made in parallel).
    public struct Document: Sendable {
        public var path: String
        public var format: FileFormats.Format
        public var make: @Sendable () -> [UInt8]
    }

    /// A ZIP bundle and the site paths of the files it holds, in order.
    public struct Bundle: Sendable {
        public var path: String
        /// The dataset folder it bundles (`territorios/pance`); nil for the whole catalog's.
        public var folder: String?
        public var entries: [String]
    }

    /// Where the bundles go.
    public static let bundleFolder = "datos/descargas/"

    /// In the order they are listed: each folder's Data Package, the catalog's, then the DCAT and
    /// data.json catalogs when the site has a base URL.
    public var documents: [Document] = []
    /// Each folder's bundle in catalog order, then the whole catalog's.
    public var bundles: [Bundle] = []

    public init(_ catalog: Catalog) {
        for group in catalog.folders {
            let packagePath = "datos/\(group.folder)/datapackage.json"
            documents.append(Document(path: packagePath, format: FileFormats.json) {
                DataPackageWriter.folderPackage(group.folder, scope: group.scope, datasets: group.datasets, catalog: catalog).bytes
            })
            let slug = group.folder.split(separator: "/").last.map(String.init) ?? group.folder
            bundles.append(Bundle(path: Self.bundleFolder + slug + ".zip", folder: group.folder,
                                  entries: [packagePath] + group.datasets.flatMap { $0.distributions.map(\.path) }))
        }
        documents.append(Document(path: "datos/datapackage.json", format: FileFormats.json) { DataPackageWriter.catalogPackage(catalog).bytes })
        if !catalog.info.baseURL.isEmpty {
            // One graph for both serialisations, made by whichever document asks first.
            let graph = Once { DCATWriter.graph(catalog) }
            documents.append(Document(path: "datos/catalog.ttl", format: FileFormats.turtle) { graph.value.turtleBytes })
            documents.append(Document(path: "datos/catalog.jsonld", format: FileFormats.jsonLD) { graph.value.jsonLD.bytes })
            documents.append(Document(path: "data.json", format: FileFormats.json) { DataJSONWriter.document(catalog).bytes })
        }
        bundles.append(Bundle(path: Self.bundleFolder + "catalogo-completo.zip", folder: nil,
                              entries: ["datos/datapackage.json"] + catalog.territoryFiles.map(\.path) + bundles.flatMap(\.entries)))
    }
}

/// A value made once, on first use, by whichever thread asks first; the others wait for it.
final class Once<Value: Sendable>: Sendable {
    private let made = Mutex<Value?>(nil)
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var value: Value {
        made.withLock { made in
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
