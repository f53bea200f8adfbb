import Foundation
import OpenData

/// The search index written at build time as `buscar/indice.js`: a script that assigns a global
/// array, so the search works from disk (file://), where browsers block fetching JSON. Each entry has
/// a title, a kind, a link relative to the site root and a folded text (lower case, no accents).
struct SearchIndex {
    struct Entry {
        var title: String
        var kind: String
        var path: String
        var detail: String
        var text: String
    }

    var entries: [Entry]

    static let path = "buscar/indice.js"

    /// Lower case without accents: "Pichindé" → "pichinde". The script folds queries the same way.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "es_CO"))
            .lowercased()
    }

    init(content: SiteContent) {
        var entries: [Entry] = []
        let data = content.data
        func add(_ title: String, _ kind: String, _ path: String, _ detail: String, _ extra: [String] = []) {
            let text = Self.fold(([title, detail] + extra).joined(separator: " "))
                .components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty }.joined(separator: " ")
            entries.append(Entry(title: title, kind: kind, path: path, detail: detail, text: text))
        }
        for territory in data.territories.territories {
            var extra = [String(territory.code)]
            if territory.kind == .comuna {
                extra += ["comuna \(territory.code)", "comuna " + (territory.code < 10 ? "0" : "") + "\(territory.code)"]
            }
            let kind = territory.kind == .comuna ? "Comuna" : territory.kind == .corregimiento ? "Corregimiento" : "Territorio"
            add(territory.name, kind, TerritoryPage.path(territory) + "index.html", "", extra)
        }
        var seen = Set<String>()
        for project in data.projects where seen.insert(project.bp).inserted {
            add(project.name, "Proyecto", ProjectPage.path(project.bp) + "index.html",
                "\(project.bp) · \(project.agency.name)", [project.bpin])
        }
        for project in data.projects {
            for activity in project.activities {
                add(activity.name, "Actividad", ProjectPage.path(project.bp) + "index.html",
                    "\(activity.code) · proyecto \(project.bp)", [])
            }
        }
        for agency in AgencyPage.agencies(data) {
            add(agency.name, "Organismo", AgencyPage.path(agency.code) + "index.html", "Organismo \(agency.code)", [agency.code])
        }
        for page in content.pages {
            add(page.title, SectionIndexPage.title(page.section), page.path + "index.html", page.summary)
        }
        self.entries = entries
    }

    /// `window.SITEGEN_INDICE = [...]` with keys in a fixed order.
    func script() -> String {
        var out = "/* Índice de búsqueda generado por sitegen. */\nwindow.SITEGEN_INDICE = [\n"
        out += entries.map { entry in
            "{\"t\":\(JSONText.string(entry.title)),\"k\":\(JSONText.string(entry.kind)),\"u\":\(JSONText.string(entry.path)),"
                + "\"d\":\(JSONText.string(entry.detail)),\"s\":\(JSONText.string(entry.text))}"
        }.joined(separator: ",\n")
        out += "\n];\n"
        return out
    }
}

/// The search page (`buscar/`): a form, the script, and links to the lists for readers without
/// JavaScript.
struct SearchPage {
    var frame: PageFrame
    var indexScript: String
    var script: String
    var territoriesHref: String
    var reportsHref: String
    var entries: Int

    static let path = "buscar/"

    init(content: SiteContent, context: PageContext, entries: Int) {
        frame = context.frame(path: Self.path, title: "Buscar", description: "Buscar territorios, proyectos, actividades, organismos y páginas.",
                              breadcrumbs: [(Self.path, "Buscar")])
        let root = PageContext.root(for: Self.path)
        indexScript = "indice.js"
        script = root + "js/buscar.js"
        territoriesHref = PageContext.href(from: Self.path, to: TerritoriesIndexPage.path)
        reportsHref = PageContext.href(from: Self.path, to: ReportsIndexPage.path)
        self.entries = entries
    }
}
