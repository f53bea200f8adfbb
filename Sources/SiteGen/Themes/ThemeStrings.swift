import Foundation
import Mustache
import Yams

/// The theme's wording: `i18n/es.yml`, nested YAML whose leaves are texts. Every template sees it
/// as `t`, so `{{t.historia.avance.titulo}}` writes one text, escaped like any value.
///
/// A text may name values of the place where it is used, Mustache style: `"Proyectos en
/// {{territory}}"` written inside a territory's context gives "Proyectos en Pance". Such a text is
/// a lambda: the engine escapes it with the template's content type, then renders it in the
/// current context, so its literal words and its values are escaped alike.
///
/// Every `t.` name a template (or another text) uses must be a text of the file: a missing one
/// stops the theme from loading, with the key and the template named.
final class ThemeStrings: @unchecked Sendable {
    /// The name templates read the texts under.
    static let root = "t"

    /// The nested texts as the templates read them: dictionaries, strings and lambdas.
    let tree: [String: Any]
    /// Every text by its dotted key ("historia.avance.titulo"), as written.
    let texts: [String: String]

    enum LoadError: Error, CustomStringConvertible {
        case yaml(String, String)
        case missing(key: String, template: String)
        case notText(key: String, template: String)

        var description: String {
            switch self {
            case .yaml(let file, let message): return "\(file): error: \(message)"
            case .missing(let key, let template):
                return "\(template): error: the theme has no text '\(key)' (add it to i18n/es.yml)"
            case .notText(let key, let template):
                return "\(template): error: '\(key)' is a group of texts in i18n/es.yml, not a text: name one of its keys"
            }
        }
    }

    init() {
        tree = [:]
        texts = [:]
    }

    /// Reads the text of the file named `path` in messages; nil (no file) gives no texts.
    init(data: Data?, path: String) throws {
        guard let data else {
            tree = [:]
            texts = [:]
            return
        }
        guard let yaml = String(data: data, encoding: .utf8) else { throw LoadError.yaml(path, "not UTF-8 text") }
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch { throw LoadError.yaml(path, "\(error)") }
        var texts: [String: String] = [:]
        if let node {
            guard case .mapping = node else { throw LoadError.yaml(path, "the file must be a mapping of keys to texts") }
            tree = try Self.group(node, prefix: "", file: path, texts: &texts)
        } else {
            tree = [:]
        }
        self.texts = texts
    }

    private static func group(_ node: Node, prefix: String, file: String, texts: inout [String: String]) throws -> [String: Any] {
        guard let mapping = node.mapping else { throw LoadError.yaml(file, "'\(prefix)' must be a mapping") }
        var group: [String: Any] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string, !key.isEmpty, !key.contains(".") else {
                throw LoadError.yaml(file, "keys must be plain names without dots (under '\(prefix)')")
            }
            let path = prefix.isEmpty ? key : prefix + "." + key
            switch value {
            case .mapping:
                group[key] = try Self.group(value, prefix: path, file: file, texts: &texts)
            case .scalar(let scalar):
                texts[path] = scalar.string
                group[key] = Self.value(scalar.string)
            default:
                throw LoadError.yaml(file, "'\(path)' must be a text or a mapping of texts")
            }
        }
        return group
    }

    /// A plain text as it is; a text that names values as a lambda rendered where it is used.
    private static func value(_ text: String) -> Any {
        guard text.contains("{{") else { return text }
        return MustacheLambda { text }
    }

    /// The dotted keys after `t.` in a template's tags: variables, sections and inverted sections.
    static func keys(in template: String) -> [String] {
        var keys: [String] = []
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            var tag = rest[..<close.lowerBound].drop { $0 == "{" || $0 == " " }
            if let sigil = tag.first, "#^&".contains(sigil) { tag = tag.dropFirst().drop { $0 == " " } }
            let name = tag.prefix { !$0.isWhitespace && $0 != "}" }
            if name.hasPrefix(root + ".") { keys.append(String(name.dropFirst(root.count + 1))) }
            rest = rest[close.upperBound...]
        }
        return keys
    }

    /// Checks that every `t.` key `template` uses is a text here; `name` names the template in the error.
    func check(_ template: String, name: String) throws {
        for key in Self.keys(in: template) where texts[key] == nil {
            if texts.keys.contains(where: { $0.hasPrefix(key + ".") }) { throw LoadError.notText(key: key, template: name) }
            throw LoadError.missing(key: key, template: name)
        }
    }

    /// Checks the texts that name other texts.
    func checkTexts(file: String) throws {
        for (key, text) in texts.sorted(by: { $0.key < $1.key }) where text.contains("{{") {
            try check(text, name: "\(file) (\(key))")
        }
    }
}

/// What a template renders: the boxed view model, and the theme's texts under `t`.
struct ThemeRoot: MustacheParent {
    /// The model's lookup, found once: every name no inner section holds ends here, and casting
    /// the model again for each was a protocol lookup per tag.
    private let model: MustacheParent?
    let strings: [String: Any]

    init(model: Any, strings: [String: Any]) {
        self.model = model as? MustacheParent
        self.strings = strings
    }

    func child(named name: String) -> Any? {
        if name == ThemeStrings.root { return strings }
        return model?.child(named: name)
    }
}
