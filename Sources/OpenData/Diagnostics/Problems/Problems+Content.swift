/// A problem of the content folder, a Markdown page, its front matter, site.yml or a link.
public enum ContentProblem: ProblemKind {
    case contentFolderNotFound
    case badPageFileName(name: String)
    case binaryContent
    case notTextFile
    case unclosedFrontMatter
    case frontMatterNotMapping
    /// YAML the parser refused; `detail` is the parser's own (English) explanation, when it gave one.
    case invalidYAML(detail: String?)
    case invalidFrontMatter(detail: String)
    case unreadableYAML(detail: String)
    case siteConfigNotMapping
    case brokenLink(target: String)
    /// A front matter key that is not one of the known keys; `suggestion` is the closest known key.
    case unknownFrontMatterKey(key: String, suggestion: String?)
    /// The same key written in two languages; `kept` is the spelling whose value is used.
    case repeatedFrontMatterKey(kept: String, ignored: String)

    public enum Code: String, CaseIterable, Sendable {
        case contentFolderNotFound = "content_folder_not_found"
        case badPageFileName = "bad_page_file_name"
        case binaryContent = "binary_content"
        case notTextFile = "not_text_file"
        case unclosedFrontMatter = "unclosed_front_matter"
        case frontMatterNotMapping = "front_matter_not_mapping"
        case invalidYAML = "invalid_yaml"
        case invalidFrontMatter = "invalid_front_matter"
        case unreadableYAML = "unreadable_yaml"
        case siteConfigNotMapping = "site_config_not_mapping"
        case brokenLink = "broken_link"
        case unknownFrontMatterKey = "unknown_front_matter_key"
        case repeatedFrontMatterKey = "repeated_front_matter_key"
    }

    public var code: Code {
        switch self {
        case .contentFolderNotFound: .contentFolderNotFound
        case .badPageFileName: .badPageFileName
        case .binaryContent: .binaryContent
        case .notTextFile: .notTextFile
        case .unclosedFrontMatter: .unclosedFrontMatter
        case .frontMatterNotMapping: .frontMatterNotMapping
        case .invalidYAML: .invalidYAML
        case .invalidFrontMatter: .invalidFrontMatter
        case .unreadableYAML: .unreadableYAML
        case .siteConfigNotMapping: .siteConfigNotMapping
        case .brokenLink: .brokenLink
        case .unknownFrontMatterKey: .unknownFrontMatterKey
        case .repeatedFrontMatterKey: .repeatedFrontMatterKey
        }
    }

    public var english: String {
        let q = Quote.english
        return switch self {
        case .contentFolderNotFound: "content folder not found"
        case .badPageFileName(let name): "the file name \(q(name)) cannot be a URL; use letters, digits and '-'"
        case .binaryContent: "not a text file (binary content)"
        case .notTextFile: "not a text file"
        case .unclosedFrontMatter: "front matter opened with '---' is never closed"
        case .frontMatterNotMapping: "front matter must be a mapping of keys to values"
        case .invalidYAML(let detail): detail.map { "invalid YAML: \($0)" } ?? "invalid YAML"
        case .invalidFrontMatter(let detail): "invalid front matter: \(detail)"
        case .unreadableYAML(let detail): detail
        case .siteConfigNotMapping: "site.yml must be a mapping of keys to values"
        case .brokenLink(let target): "link to \(q(target)): no such page in the site"
        case .unknownFrontMatterKey(let key, let suggestion):
            "unknown front matter key \(q(key))" + (suggestion.map { "; did you mean \(q($0))?" } ?? "")
        case .repeatedFrontMatterKey(let kept, let ignored):
            "front matter gives both \(q(kept)) and \(q(ignored)); \(q(kept)) is used"
        }
    }

    public var spanish: String {
        let q = Quote.spanish
        return switch self {
        case .contentFolderNotFound: "no se encontró la carpeta de contenido"
        case .badPageFileName(let name): "el nombre de archivo \(q(name)) no puede ser una URL; use letras, dígitos y '-'"
        case .binaryContent: "no es un archivo de texto (contenido binario)"
        case .notTextFile: "no es un archivo de texto"
        case .unclosedFrontMatter: "el encabezado (front matter) abierto con '---' nunca se cierra"
        case .frontMatterNotMapping: "el encabezado (front matter) debe ser una lista de claves con sus valores"
        case .invalidYAML(let detail): detail.map { "YAML no válido: \($0)" } ?? "YAML no válido"
        case .invalidFrontMatter(let detail): "encabezado (front matter) no válido: \(detail)"
        case .unreadableYAML(let detail): "no se puede leer el YAML: \(detail)"
        case .siteConfigNotMapping: "site.yml debe ser una lista de claves con sus valores"
        case .brokenLink(let target): "enlace a \(q(target)): esa página no existe en el sitio"
        case .unknownFrontMatterKey(let key, let suggestion):
            "clave desconocida en el encabezado (front matter): \(q(key))" + (suggestion.map { "; ¿quiso decir \(q($0))?" } ?? "")
        case .repeatedFrontMatterKey(let kept, let ignored):
            "el encabezado (front matter) trae \(q(kept)) y \(q(ignored)); se usa \(q(kept))"
        }
    }

    public var fields: [ProblemField] {
        switch self {
        case .badPageFileName(let name): [ProblemField("name", .text(name))]
        case .invalidYAML(let detail): detail.map { [ProblemField("detail", .text($0))] } ?? []
        case .invalidFrontMatter(let detail), .unreadableYAML(let detail): [ProblemField("detail", .text(detail))]
        case .brokenLink(let target): [ProblemField("target", .text(target))]
        case .unknownFrontMatterKey(let key, let suggestion):
            [ProblemField("key", .text(key))] + (suggestion.map { [ProblemField("suggestion", .text($0))] } ?? [])
        case .repeatedFrontMatterKey(let kept, let ignored):
            [ProblemField("kept", .text(kept)), ProblemField("ignored", .text(ignored))]
        case .contentFolderNotFound, .binaryContent, .notTextFile, .unclosedFrontMatter, .frontMatterNotMapping,
             .siteConfigNotMapping:
            []
        }
    }

    public static func sample(_ code: Code) -> ContentProblem {
        switch code {
        case .contentFolderNotFound: .contentFolderNotFound
        case .badPageFileName: .badPageFileName(name: "mi página.md")
        case .binaryContent: .binaryContent
        case .notTextFile: .notTextFile
        case .unclosedFrontMatter: .unclosedFrontMatter
        case .frontMatterNotMapping: .frontMatterNotMapping
        case .invalidYAML: .invalidYAML(detail: "did not find expected key")
        case .invalidFrontMatter: .invalidFrontMatter(detail: "unexpected end")
        case .unreadableYAML: .unreadableYAML(detail: "unexpected end")
        case .siteConfigNotMapping: .siteConfigNotMapping
        case .brokenLink: .brokenLink(target: "/comunas/88/")
        case .unknownFrontMatterKey: .unknownFrontMatterKey(key: "territrio", suggestion: "territorio")
        case .repeatedFrontMatterKey: .repeatedFrontMatterKey(kept: "titulo", ignored: "title")
        }
    }
}
