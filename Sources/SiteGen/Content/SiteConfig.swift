import Foundation
import OpenData
import Yams

/// `site.yml`: the site's title, base URL, language, publisher, contact and data licence.
public struct SiteConfig: Sendable {
    public struct Publisher: Sendable {
        public var name: String
        public var url: String
        public var email: String
    }

    public struct Contact: Sendable {
        public var email: String
        public var phone: String
        public var pqrsdURL: String
    }

    public struct License: Sendable {
        public var id: String
        public var title: String
        public var url: String
    }

    public var title: String
    public var description: String
    /// Absolute URL the site is published at, ending in '/'; empty when not set.
    public var baseURL: String
    public var language: String
    public var publisher: Publisher
    public var contact: Contact
    public var license: License
    /// True when the content is invented example data; every page then says so.
    public var exampleData: Bool
    /// The date stamped on the datasets (ISO 8601); from site.yml or SOURCE_DATE_EPOCH.
    public var date: LocalDate?
    /// The municipality the data is about (`municipio`), named in the catalog and the datasets.
    public var municipality: String
    /// The entity's own site (`sitio_entidad`): the transparency menu links there for the
    /// categories this site does not serve; empty when not set.
    public var entitySite: String = ""
    /// The municipality's DANE code (`codigo_dane`, five digits).
    public var daneCode: String
    /// True when site.yml says the site is still being prepared (`en_preparacion`); the loader
    /// also sets it when the content has no territories or no Cuadro 1S cut yet. Every page then
    /// shows the "sitio en preparación" notice.
    public var inPreparation: Bool

    public static let defaults = SiteConfig(
        title: "Inversión y participación por territorio",
        description: "Proyectos de inversión, seguimiento y participación ciudadana por comuna y corregimiento.",
        baseURL: "", language: "es-CO",
        publisher: Publisher(name: BuiltInDefaults.publisherName, url: "", email: ""),
        contact: Contact(email: "", phone: "", pqrsdURL: ""),
        license: License(id: "CC-BY-4.0", title: "Creative Commons Atribución 4.0 Internacional",
                         url: "https://creativecommons.org/licenses/by/4.0/"),
        exampleData: false, date: nil, municipality: BuiltInDefaults.municipality,
        daneCode: BuiltInDefaults.daneCode, inPreparation: false
    )

    /// Reads `site.yml`; an absent file gives the defaults. Broken YAML is an error at its position.
    public static func read(_ url: URL, displayPath: String, environment: [String: String],
                            diagnostics: inout Diagnostics) -> SiteConfig {
        var config = SiteConfig.defaults
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) {
            config.date = LocalDate(daysSinceEpoch: epoch / 86_400)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return config }
        guard let text = TextDecoding.decode(Array(data))?.text else {
            diagnostics.error(SourceLocation(file: displayPath), .content(.notTextFile))
            return config
        }
        let node: Any?
        do {
            node = try Yams.load(yaml: text)
        } catch let error as YamlError {
            diagnostics.error(YAMLErrors.location(of: error, in: displayPath), YAMLErrors.problem(error))
            return config
        } catch {
            diagnostics.error(SourceLocation(file: displayPath), .content(.unreadableYAML(detail: "\(error)")))
            return config
        }
        guard let map = node as? [String: Any] else {
            if node != nil { diagnostics.error(SourceLocation(file: displayPath, line: 1, column: 1), .content(.siteConfigNotMapping)) }
            return config
        }
        func string(_ value: Any?) -> String? {
            switch value {
            case let s as String: return s
            case let i as Int: return String(i)
            case let d as Double: return String(d)
            case let b as Bool: return b ? "true" : "false"
            default: return nil
            }
        }
        func sub(_ key: String) -> [String: Any] { map[key] as? [String: Any] ?? [:] }
        config.title = string(map["title"]) ?? config.title
        config.description = string(map["description"]) ?? config.description
        if var base = string(map["base_url"])?.trimmingCharacters(in: .whitespaces), !base.isEmpty {
            if !base.hasSuffix("/") { base += "/" }
            if base.hasPrefix("https://") || base.hasPrefix("http://") {
                config.baseURL = base
            } else {
                diagnostics.error(SourceLocation(file: displayPath), .cell(column: "base_url", .notAbsoluteURL(text: base)))
            }
        }
        config.language = string(map["language"]) ?? config.language
        if let municipality = string(map["municipio"])?.trimmingCharacters(in: .whitespaces), !municipality.isEmpty {
            config.municipality = municipality
        }
        if let code = string(map["codigo_dane"])?.trimmingCharacters(in: .whitespaces), !code.isEmpty {
            if code.count == 5, code.allSatisfy({ $0.isASCII && $0.isNumber }) {
                config.daneCode = code
            } else {
                diagnostics.error(SourceLocation(file: displayPath), .cell(column: "codigo_dane", .notDANECode(text: code)))
            }
        }
        config.inPreparation = (map["en_preparacion"] as? Bool) ?? false
        config.exampleData = (map["example_data"] as? Bool) ?? false
        let publisher = sub("publisher")
        config.publisher = Publisher(name: string(publisher["name"]) ?? config.publisher.name,
                                     url: string(publisher["url"]) ?? "", email: string(publisher["email"]) ?? "")
        let contact = sub("contact")
        config.contact = Contact(email: string(contact["email"]) ?? "", phone: string(contact["phone"]) ?? "",
                                 pqrsdURL: string(contact["pqrsd_url"]) ?? "")
        config.entitySite = string(map["sitio_entidad"]) ?? ""
        let license = sub("license")
        config.license = License(id: string(license["id"]) ?? config.license.id,
                                 title: string(license["title"]) ?? config.license.title,
                                 url: string(license["url"]) ?? config.license.url)
        if let dateText = string(map["date"]) {
            if let date = LocalDate(iso: dateText) {
                config.date = date
            } else {
                diagnostics.error(SourceLocation(file: displayPath), .cell(column: "date", .notISODate(text: dateText)))
            }
        } else if let date = map["date"] as? Date {
            let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
            config.date = LocalDate(daysSinceEpoch: days)
        }
        return config
    }
}

/// Turns Yams errors into a position and a message.
enum YAMLErrors {
    static func location(of error: YamlError, in file: String, lineOffset: Int = 0) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
        default:
            return SourceLocation(file: file, line: 1 + lineOffset, column: 1)
        }
    }

    static func problem(_ error: YamlError) -> Problem {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return .content(.invalidYAML(detail: problem))
        default:
            return .content(.invalidYAML(detail: nil))
        }
    }
}
