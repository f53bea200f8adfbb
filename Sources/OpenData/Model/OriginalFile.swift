import Foundation

/// A Cuadro 1S cut's source file as it was received, published byte for byte beside the cut's
/// page so a reader can check every figure against it: its name in the content folder, its size
/// and its SHA-256.
public struct OriginalFile: Sendable, Hashable {
    public var cut: ReportCut
    /// Path inside the content folder (`informes-1s/2025-T2.xlsx`).
    public var relativePath: String
    /// Where the file is on disk.
    public var url: URL
    public var facts: FileFacts

    public init(cut: ReportCut, relativePath: String, url: URL, facts: FileFacts) {
        self.cut = cut
        self.relativePath = relativePath
        self.url = url
        self.facts = facts
    }

    /// The file's name (`2025-T2.xlsx`).
    public var fileName: String { String(relativePath.split(separator: "/").last ?? Substring(relativePath)) }
}

extension ContentFolderReader {
    /// The source file of each cut that was read, with its size and SHA-256 (kept between builds
    /// of `sitegen serve` while the file is unchanged). A file that can no longer be read is left
    /// out: its cut was read from it a moment ago, so this only happens when it is being replaced.
    func readOriginals(of reports: [Cuadro1SReport], diagnostics: inout Diagnostics) -> [ReportCut: OriginalFile] {
        // Each report names its file as `display` wrote it: the content folder's name, then the path inside it.
        let prefix = display("")
        var originals: [ReportCut: OriginalFile] = [:]
        for report in reports where report.sourcePath.hasPrefix(prefix) {
            let relativePath = String(report.sourcePath.dropFirst(prefix.count))
            let url = root.appendingPathComponent(relativePath)
            let facts: FileFacts? = reading.read(url, kind: "original", diagnostics: &diagnostics) { _ in
                FileManager.default.contents(atPath: url.path).map { FileFacts(Array($0)) }
            }
            guard let facts else { continue }
            originals[report.cut] = OriginalFile(cut: report.cut, relativePath: relativePath, url: url, facts: facts)
        }
        return originals
    }
}
