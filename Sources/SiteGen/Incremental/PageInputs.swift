import Foundation
import OpenData

/// The version of each part of the content in one build (`ContentParts`), so `sitegen serve` can
/// tell which pages a change can reach before making any view model: after editing one Markdown
/// page, the 30,000 project pages of a national site are not even looked at.
enum PageInputs {
    /// One build's version of each part: hashes, comparable only within one process.
    struct Versions: Sendable {
        /// site.yml and the theme, which every page reads.
        var global: Int
        /// Each part of the content with its version.
        var parts: [(part: ContentParts, version: Int)]

        /// The key of a page: its path and template, the versions of the parts it reads and what
        /// it alone is made from (`own`).
        func key(path: String, template: String, reads: ContentParts, own: (any Hashable & Sendable)?) -> Int {
            var hasher = Hasher()
            hasher.combine(global)
            hasher.combine(path)
            hasher.combine(template)
            func add<Own: Hashable>(_ own: Own) { hasher.combine(own) }
            if let own { add(own) }
            for (part, version) in parts where reads.contains(part) { hasher.combine(version) }
            return hasher.finalize()
        }
    }

    /// The stamps of the content's files, taken before the content is read (a file saved while it
    /// is being read then looks changed to the next build, never the other way round), hashed in
    /// two parts: the data files, and the GeoJSON outlines. Markdown, site.yml and agenda.csv are
    /// compared by what was read from them.
    struct Stamps: Sendable {
        var data: Int
        var shapes: Int

        init(contentRoot: URL) {
            var data = Hasher()
            var shapes = Hasher()
            let root = contentRoot.standardizedFileURL.path
            let files = FileManager.default.enumerator(atPath: root)
            var paths: [String] = []
            while let path = files?.nextObject() as? String {
                if path.hasSuffix(".md") || path == "site.yml" || path == "agenda.csv" || path.hasPrefix(".") { continue }
                // Files only: a folder's times change whenever a file in it is saved by renaming.
                if (files?.fileAttributes?[.type] as? FileAttributeType) != .typeRegular { continue }
                paths.append(path)
            }
            for path in paths.sorted() {
                let stamp = FileStamp.of(root + "/" + path)
                if path.hasPrefix("geo/") {
                    shapes.combine(path)
                    shapes.combine(stamp)
                } else {
                    data.combine(path)
                    data.combine(stamp)
                }
            }
            self.data = data.finalize()
            self.shapes = shapes.finalize()
        }
    }

    static func versions(content: SiteContent, stamps: Stamps, theme: Theme) -> Versions {
        var global = Hasher()
        global.combine(String(describing: content.config))
        global.combine(theme.fingerprint)
        var pages = Hasher()
        for page in content.pages { pages.combine(MarkdownPageInput.frontMatter(page)) }
        var agenda = Hasher()
        agenda.combine(content.agenda)
        var diagnostics = Hasher()
        diagnostics.combine(content.diagnostics.items)
        return Versions(global: global.finalize(), parts: [
            (.data, stamps.data),
            (.pageList, pages.finalize()),
            (.agenda, agenda.finalize()),
            (.shapes, stamps.shapes),
            (.diagnostics, diagnostics.finalize()),
        ])
    }
}
