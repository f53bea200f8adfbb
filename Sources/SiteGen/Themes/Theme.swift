import Foundation
import Mustache
import OpenData

/// A theme folder: Mustache templates under `templates/` (HTML-escaped by default, partials and
/// inheritance, e.g. `{{<base}}`; templates named `*.xml.mustache` are XML-escaped), the wording
/// in `i18n/es.yml` (read by every template as `t`, see `ThemeStrings`) and files under `static/`
/// copied as they are.
public struct Theme: Sendable {
    public let root: URL
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

    public init(root: URL) throws {
        self.root = root.standardizedFileURL
        let fm = FileManager.default
        let templatesURL = self.root.appendingPathComponent("templates")
        guard fm.fileExists(atPath: templatesURL.path) else { throw LoadError.missing(templatesURL.path) }
        _ = HTMLEscape.registered
        _ = XMLEscape.registered
        let stringsURL = self.root.appendingPathComponent(Self.stringsFile)
        strings = try ThemeStrings(file: stringsURL)
        try strings.checkTexts(file: stringsURL.path)
        words = try PageWords(texts: strings.texts, file: stringsURL.path)
        var library = MustacheLibrary()
        var hasher = Hasher()
        hasher.combine(fm.contents(atPath: stringsURL.path))
        for path in Self.files(under: templatesURL) where path.hasSuffix(".mustache") {
            let url = templatesURL.appendingPathComponent(path)
            guard let data = fm.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw LoadError.template(url.path, "cannot read the template")
            }
            let name = String(path.dropLast(".mustache".count))
            try strings.check(text, name: url.path)
            do {
                // Escaped with the byte-level HTML escape (same text as the library's own), or
                // the XML one for feeds and sitemaps.
                try library.register((name.hasSuffix(".xml") ? XMLEscape.pragma : HTMLEscape.pragma) + text, named: name)
                hasher.combine(path)
                hasher.combine(text)
            } catch {
                // Reported from the text as written, so line numbers are the file's.
                var reported = error
                do { _ = try MustacheTemplate(string: text) } catch let own { reported = own }
                throw LoadError.template(url.path, "template does not parse: \(reported)")
            }
        }
        self.library = library
        fingerprint = hasher.finalize()
        let staticURL = self.root.appendingPathComponent("static")
        assets = Self.files(under: staticURL).compactMap { path in
            fm.contents(atPath: staticURL.appendingPathComponent(path).path).map { (path, Array($0)) }
        }
    }

    /// Every regular file below `folder`, as sorted relative paths.
    static func files(under folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var paths: [String] = []
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory),
               !isDirectory.boolValue, !(path as NSString).lastPathComponent.hasPrefix(".") {
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
            throw LoadError.template(root.appendingPathComponent("templates/\(template).mustache").path, "template not found")
        }
        return text
    }

    /// Finds the theme: `explicit` if given, else `themes/default` next to the content folder, else
    /// in the current directory.
    public static func locate(explicit: URL?, content: URL) -> URL {
        if let explicit { return explicit }
        let beside = content.standardizedFileURL.deletingLastPathComponent().appendingPathComponent("themes/default")
        if FileManager.default.fileExists(atPath: beside.path) { return beside }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("themes/default")
    }
}
