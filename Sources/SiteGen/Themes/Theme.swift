import Foundation
import Mustache
import OpenData

/// A theme folder: Mustache templates under `templates/` (HTML-escaped by default, partials and
/// inheritance, e.g. `{{<base}}`; templates named `*.xml.mustache` are XML-escaped), the wording
/// in `i18n/es.yml` (read by every template as `t`, see `ThemeStrings`) and files under `static/`
/// copied as they are.
public struct Theme: Sendable {
    /// The theme folder, or nil for the default theme built into the binary (`EmbeddedTheme`).
    public let root: URL?
    /// How files of the theme are named in messages: the folder's path, or `EmbeddedTheme.origin`.
    private let origin: String
    private let library: MustacheLibrary
    private let strings: ThemeStrings
    /// The texts the build puts together outside the templates (titles, breadcrumbs…).
    let words: PageWords
    /// Identifies the templates' text (names and contents) and the theme's texts: pages rendered
    /// from the same view model with a theme of the same fingerprint are the same bytes.
    public let fingerprint: Int
    /// Static files: relative path → bytes.
    public let assets: [(path: String, bytes: [UInt8])]

    public enum LoadError: Error, CustomStringConvertible {
        case missing(String)
        case template(String, String)

        public var description: String {
            switch self {
            case .missing(let path): return "\(path): theme folder not found (use --theme DIR)"
            case .template(let file, let message): return "\(file): error: \(message)"
            }
        }
    }

    /// Reads the theme in the folder `root`.
    public init(root: URL) throws {
        let root = root.standardizedFileURL
        let templatesURL = root.appendingPathComponent("templates")
        guard FileManager.default.fileExists(atPath: templatesURL.path) else { throw LoadError.missing(templatesURL.path) }
        var files: [String: Data] = [:]
        for path in Self.files(under: root) {
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
                throw LoadError.template(root.appendingPathComponent(path).path, "cannot read the file")
            }
            files[path] = data
        }
        try self.init(files: files, root: root, origin: root.path)
    }

    /// The default theme, as built into the binary from the repository's `themes/default`.
    public static func embedded() throws -> Theme {
        try Theme(files: EmbeddedTheme.files, root: nil, origin: EmbeddedTheme.origin)
    }

    /// The theme `locate` finds: a folder, or the embedded default.
    public static func load(explicit: URL?, content: URL) throws -> Theme {
        if let folder = locate(explicit: explicit, content: content) { return try Theme(root: folder) }
        return try embedded()
    }

    /// Reads a theme from its files (relative path → bytes), whether read from a folder or
    /// embedded: both go through here, so they render the same bytes.
    init(files: [String: Data], root: URL?, origin: String) throws {
        self.root = root
        self.origin = origin
        _ = HTMLEscape.registered
        _ = XMLEscape.registered
        let stringsPath = origin + "/" + Self.stringsFile
        let stringsData = files[Self.stringsFile]
        strings = try ThemeStrings(data: stringsData, path: stringsPath)
        try strings.checkTexts(file: stringsPath)
        words = try PageWords(texts: strings.texts, file: stringsPath)
        var library = MustacheLibrary()
        var hasher = Hasher()
        hasher.combine(stringsData)
        let sorted = files.keys.sorted()
        for key in sorted where key.hasPrefix("templates/") && key.hasSuffix(".mustache") {
            let path = String(key.dropFirst("templates/".count))
            let file = origin + "/" + key
            guard let data = files[key], let text = String(data: data, encoding: .utf8) else {
                throw LoadError.template(file, "cannot read the template")
            }
            let name = String(path.dropLast(".mustache".count))
            try strings.check(text, name: file)
            do {
                // Escaped with the byte-level HTML escape (same text as the library's own), or
                // the XML one for feeds and sitemaps.
                // The theme's texts are written in now (`ThemeStrings.inline`), escaped the same way.
                let xml = name.hasSuffix(".xml")
                let escape: any MustacheContentType = xml ? XMLEscape() : HTMLEscape()
                try library.register((xml ? XMLEscape.pragma : HTMLEscape.pragma) + strings.inline(text, escape: escape.escapeText), named: name)
                hasher.combine(path)
                hasher.combine(text)
            } catch {
                // Reported from the text as written, so line numbers are the file's.
                var reported = error
                do { _ = try MustacheTemplate(string: text) } catch let own { reported = own }
                throw LoadError.template(file, "template does not parse: \(reported)")
            }
        }
        self.library = library
        fingerprint = hasher.finalize()
        assets = sorted.compactMap { key in
            guard key.hasPrefix("static/"), let data = files[key] else { return nil }
            return (String(key.dropFirst("static/".count)), Array(data))
        }
    }

    /// Every regular file below `folder`, as sorted relative paths; hidden files and folders are
    /// left out (as the embedding tool does).
    static func files(under folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var paths: [String] = []
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory),
               !isDirectory.boolValue, !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                paths.append(path)
            }
        }
        return paths.sorted()
    }

    /// The theme's wording, beside the templates.
    static let stringsFile = "i18n/es.yml"

    public func has(_ template: String) -> Bool { library.getTemplate(named: template) != nil }

    /// Renders a view model with a named template; the theme's texts are `t`.
    public func render(_ template: String, _ context: Any) throws -> String {
        let model = ThemeRoot(model: MustacheBox.box(context), strings: strings.tree)
        guard let text = library.render(model, withTemplate: template) else {
            throw LoadError.template(origin + "/templates/\(template).mustache", "template not found")
        }
        return text
    }

    /// Finds the theme folder, like Hugo and Zola find a site's theme: `explicit` (`--theme DIR`)
    /// if given; else the site's own `themes/default`, inside the content folder (a folder made by
    /// `sitegen init`) or beside it (this repository: `content/` and `themes/`); else nil, for the
    /// default theme built into the binary. The current directory plays no part, so a build gives
    /// the same site from wherever it is run.
    public static func locate(explicit: URL?, content: URL) -> URL? {
        if let explicit { return explicit }
        let content = content.standardizedFileURL
        for folder in [content, content.deletingLastPathComponent()] {
            let theme = folder.appendingPathComponent("themes/default")
            if FileManager.default.fileExists(atPath: theme.appendingPathComponent("templates").path) { return theme }
        }
        return nil
    }
}
