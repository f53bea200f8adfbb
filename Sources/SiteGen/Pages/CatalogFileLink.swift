import OpenData

/// A downloadable file as the catalog pages show it: link, format, size in es-CO and SHA-256.
struct CatalogFileLink {
    var href: String
    var format: String
    var size: String
    var bytes: Int
    var sha256: String
    /// What the file is, for lists of catalog-wide files.
    var label: String

    init(_ file: Distribution, from path: String, label: String = "") {
        self.label = label
        href = PageContext.root(for: path) + file.path
        format = file.format
        size = Self.size(file.byteSize)
        bytes = file.byteSize
        sha256 = file.sha256
    }

    /// "845 B", "12,3 kB", "1,4 MB" (es-CO decimal comma).
    static func size(_ bytes: Int) -> String {
        if bytes < 1_000 { return "\(bytes) B" }
        if bytes < 1_000_000 { return SpanishFormat.decimal(Double(bytes) / 1_000, decimals: 1) + " kB" }
        return SpanishFormat.decimal(Double(bytes) / 1_000_000, decimals: 1) + " MB"
    }
}
