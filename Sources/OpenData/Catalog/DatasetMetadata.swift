/// A bounding box in WGS 84 degrees.
public struct BoundingBox: Sendable, Hashable {
    public var west: Double
    public var south: Double
    public var east: Double
    public var north: Double

    public init(west: Double, south: Double, east: Double, north: Double) {
        self.west = west
        self.south = south
        self.east = east
        self.north = north
    }

    public func union(_ other: BoundingBox) -> BoundingBox {
        BoundingBox(west: min(west, other.west), south: min(south, other.south),
                    east: max(east, other.east), north: max(north, other.north))
    }

    /// schema.org GeoShape `box`: "south west north east".
    public var schemaOrgBox: String {
        [south, west, north, east].map { NumberText.format($0) }.joined(separator: " ")
    }
}

/// The place a dataset covers: one territory or the whole city, with its box when a geometry is known.
public struct SpatialCoverage: Sendable, Hashable {
    public var name: String
    /// The territory code (99 for the whole city).
    public var code: Int
    public var slug: String
    public var bbox: BoundingBox?
}

extension Catalog {
    /// The box around every outlined territory: the whole municipality's (nil without geometry).
    /// The portals' box of a place with no outline of its own (the city-wide 99, an aggregate such as
    /// "Zona rural"), since it covers them.
    public var municipalityBox: BoundingBox? {
        datasets.compactMap(\.spatial.bbox).reduce(nil as BoundingBox?) { $0?.union($1) ?? $1 }
    }
}

/// The period a dataset covers: the quarter of its Cuadro 1S cut.
public struct TemporalCoverage: Sendable, Hashable {
    public var start: LocalDate
    public var end: LocalDate
    /// The cut's id (`2025-T1`).
    public var label: String

    /// ISO 8601 interval (`2025-01-01/2025-03-31`).
    public var interval: String { start.iso + "/" + end.iso }
}

/// What the catalog states about a file's bytes: how many, and their SHA-256. Made once when the
/// file is written, so the bytes need not be kept.
public struct FileFacts: Sendable, Hashable {
    public var byteSize: Int
    /// Lower-case hexadecimal.
    public var sha256: String

    public init(_ bytes: [UInt8]) {
        byteSize = bytes.count
        sha256 = SHA256.hex(bytes)
    }

    public init(byteSize: Int, sha256: String) {
        self.byteSize = byteSize
        self.sha256 = sha256
    }
}

/// One file of a dataset as the catalog states it: where, in which format, how big, which hash.
public struct Distribution: Sendable, Hashable {
    /// Path relative to the site root.
    public var path: String
    /// Short format name (`CSV`, `JSON`, `XLSX`).
    public var format: String
    public var mediaType: String
    public var byteSize: Int
    /// SHA-256 of the bytes written, lower-case hexadecimal.
    public var sha256: String
    /// The standard the file follows when it is not the dataset's table (e.g. the OC4IDS schema).
    public var conformsTo: String?

    public init(path: String, format: String, mediaType: String, facts: FileFacts, conformsTo: String? = nil) {
        self.path = path
        self.format = format
        self.mediaType = mediaType
        self.byteSize = facts.byteSize
        self.sha256 = facts.sha256
        self.conformsTo = conformsTo
    }

    public init(path: String, format: String, mediaType: String, bytes: [UInt8]) {
        self.init(path: path, format: format, mediaType: mediaType, facts: FileFacts(bytes))
    }

    /// The file name alone.
    public var fileName: String { String(path.split(separator: "/").last ?? Substring(path)) }
}

/// Everything the catalog says about one dataset. Built once; every format is written from it.
public struct DatasetMetadata: Sendable, Hashable {
    public var kind: DatasetKind
    public var scope: DatasetScope
    /// Site path without extension (`datos/territorios/pance/proyectos`): stable across builds.
    public var path: String
    /// Stable identifier: `<base_url>datos/territorios/pance/proyectos` (the bare path without a base URL).
    public var identifier: String
    /// Folder of the dataset's landing page (`datos/territorios/pance/proyectos/`).
    public var landingPath: String
    /// A name unique in the catalog, lower case (`pance-proyectos`): Data Package resource names.
    public var name: String
    public var title: String
    /// Spanish description, 50 to 5000 characters.
    public var description: String
    public var keywords: [String]
    /// DCAT theme (EU data theme IRI) and its Spanish label.
    public var theme: String
    public var themeLabel: String
    public var spatial: SpatialCoverage
    public var temporal: TemporalCoverage?
    public var modified: LocalDate?
    public var version: String
    public var columns: [Column]
    public var rowCount: Int
    /// The first row, for the data dictionary's example values.
    public var exampleRow: [Cell]
    public var distributions: [Distribution]
    /// The table's primary key and foreign keys (to other kinds in the same scope, or to `territorios`).
    public var primaryKey: [String]
    public var foreignKeys: [ForeignKey]

    /// The keywords as portal tags: CKAN's tag validator takes only letters, digits, spaces and
    /// `- _ .` (2 to 100 characters), so any other character becomes a space.
    public var tags: [String] {
        Array(OrderedUnique.unique(keywords.map(Self.tag).filter { $0.count >= 2 }))
    }

    static func tag(_ keyword: String) -> String {
        let cleaned = String(keyword.map { $0.isLetter || $0.isNumber || " -_.".contains($0) ? $0 : " " })
        return String(cleaned.split(separator: " ").joined(separator: " ").prefix(100))
    }

    /// The CSV distribution (every dataset has one).
    public var csv: Distribution? { distributions.first { $0.format == "CSV" } }
}

/// A Table Schema foreign key: `fields` of this table point at `referenceFields` of `reference`.
public struct ForeignKey: Sendable, Hashable {
    public var fields: [String]
    /// The dataset kind referenced in the same scope, or nil for the `territorios` table.
    public var reference: DatasetKind?
    public var referenceFields: [String]
}
