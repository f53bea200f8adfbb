import Mustache
import OpenData

/// The escape of feeds and sitemaps (templates named `*.xml.mustache`): `XMLText`'s, which also
/// writes `'` as `&apos;` and drops the characters XML 1.0 cannot hold.
struct XMLEscape: MustacheContentType {
    /// The name `Theme` selects with `{{% CONTENT_TYPE: SITEGEN_XML}}`.
    static let name = "SITEGEN_XML"

    /// The pragma `Theme` puts on a line of its own before an XML template's text.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    /// Registers the content type once per process, before any template is parsed.
    static let registered: Bool = {
        MustacheContentTypes.register(XMLEscape(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String { XMLText.escape(text, apostrophes: true) }
}
