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
        /// The words the search matches, before folding (title, detail and extra terms).
        var words: String
    }

    var entries: [Entry]

    static let path = "buscar/indice.js"

    init(content: SiteContent, words: PageWords) {
        var entries: [Entry] = []
        let data = content.data
        func add(_ title: String, _ kind: String, _ path: String, _ detail: String, _ extra: [String] = []) {
            entries.append(Entry(title: title, kind: kind, path: path, detail: detail,
                                 words: ([title, detail] + extra).joined(separator: " ")))
        }
        for territory in data.territories.territories {
            var extra = [String(territory.code)]
            if territory.kind == .comuna {
                extra += ["comuna \(territory.code)", "comuna " + (territory.code < 10 ? "0" : "") + "\(territory.code)"]
            }
            let kind = territory.kind == .ciudad ? words(.buscarTerritorio) : territory.kindLabel
            add(territory.name, kind, TerritoryPage.path(territory) + "index.html", "", extra + territory.aliases)
        }
        var seen = Set<String>()
        for project in data.projects where seen.insert(project.bp).inserted {
            add(project.name, words(.buscarProyecto), ProjectPage.path(project.bp) + "index.html",
                "\(project.bp) · \(project.agency.name)", [project.bpin])
        }
        for project in data.projects {
            for activity in project.activities {
                add(activity.name, words(.buscarActividad), ProjectPage.path(project.bp) + "index.html",
                    words(.buscarActividadDetalle, ["code": activity.code, "bp": project.bp]), [])
            }
        }
        for agency in AgencyPage.agencies(data) {
            add(agency.name, words(.buscarOrganismo), AgencyPage.path(agency.code) + "index.html",
                words(.buscarOrganismoDetalle, ["code": agency.code]), [agency.code])
        }
        for page in content.pages {
            add(page.title, SectionIndexPage.title(page.section, words: words), page.path + "index.html", page.summary)
        }
        self.entries = entries
    }

    /// `window.SITEGEN_INDICE = [...]` with keys in a fixed order; `s` is the folded text (lower
    /// case, no accents, words of letters and digits), as the script folds queries.
    func script() -> [UInt8] {
        var out: [UInt8] = Array("/* Índice de búsqueda generado por sitegen. */\nwindow.SITEGEN_INDICE = [\n".utf8)
        var fold = SearchFold()
        for (index, entry) in entries.enumerated() {
            if index > 0 { out.append(contentsOf: ",\n".utf8) }
            out.append(contentsOf: "{\"t\":".utf8)
            JSONText.append(entry.title, to: &out)
            out.append(contentsOf: ",\"k\":".utf8)
            JSONText.append(entry.kind, to: &out)
            out.append(contentsOf: ",\"u\":".utf8)
            JSONText.append(entry.path, to: &out)
            out.append(contentsOf: ",\"d\":".utf8)
            JSONText.append(entry.detail, to: &out)
            out.append(contentsOf: ",\"s\":".utf8)
            JSONText.append(fold.words(entry.words), to: &out)
            out.append(0x7D)
        }
        out.append(contentsOf: "\n];\n".utf8)
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
        frame = context.frame(path: Self.path, title: context.words(.buscar), description: context.words(.buscarDescripcion),
                              breadcrumbs: [(Self.path, context.words(.buscar))])
        let root = PageContext.root(for: Self.path)
        indexScript = "indice.js"
        script = root + "js/buscar.js"
        territoriesHref = PageContext.href(from: Self.path, to: TerritoriesIndexPage.path)
        reportsHref = PageContext.href(from: Self.path, to: ReportsIndexPage.path)
        self.entries = entries
    }
}
