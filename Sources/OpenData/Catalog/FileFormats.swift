/// The format name and media type the catalog states for each kind of file it publishes, by the
/// file name's suffix: the one table both the datasets' distributions and the metadata documents
/// and bundles read.
public enum FileFormats {
    public struct Format: Sendable, Hashable {
        /// The suffix, without the dot (`csv`, `jsonld`).
        public var ext: String
        public var name: String
        public var mediaType: String
    }

    public static let csv = Format(ext: "csv", name: "CSV", mediaType: "text/csv")
    public static let json = Format(ext: "json", name: "JSON", mediaType: "application/json")
    public static let xlsx = Format(ext: "xlsx", name: "XLSX",
                                    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public static let turtle = Format(ext: "ttl", name: "Turtle", mediaType: "text/turtle")
    public static let jsonLD = Format(ext: "jsonld", name: "JSON-LD", mediaType: "application/ld+json")
    public static let zip = Format(ext: "zip", name: "ZIP", mediaType: "application/zip")

    /// The files each dataset is written as, in the order the catalog lists them.
    public static let datasetFiles = [csv, json, xlsx]

    static let all = [csv, json, xlsx, turtle, jsonLD, zip]

    /// The format of the file at `path`, by its suffix; nil for a suffix the catalog never writes.
    public static func of(_ path: String) -> Format? {
        guard let dot = path.lastIndex(of: ".") else { return nil }
        let ext = path[path.index(after: dot)...]
        return all.first { $0.ext == ext }
    }
}
