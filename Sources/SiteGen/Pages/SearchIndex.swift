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
        entries += Self.contractEntries(data, words: words)
        self.entries = entries
    }

    /// One entry per contract (by its reference, id and process) and one per supplier (by name and
    /// NIT). A contract points to the ficha of its first project (lowest BP code among its BPINs'
    /// projects in any cut), a supplier to the ficha of its largest contract's project; one that
    /// joins no project points to the data-quality page, which lists it.
    static func contractEntries(_ data: CityData, words: PageWords) -> [Entry] {
        guard !data.contracts.isEmpty else { return [] }
        var bpOfBPIN: [String: String] = [:]
        for report in data.reports {
            for project in report.projects where !project.bpin.isEmpty {
                if let known = bpOfBPIN[project.bpin], known <= project.bp { continue }
                bpOfBPIN[project.bpin] = project.bp
            }
        }
        func target(_ contract: Contract) -> (path: String, bp: String?) {
            let bp = contract.bpins.compactMap { bpOfBPIN[$0] }.min()
            return (bp.map { ProjectPage.path($0) } ?? QualityPage.path, bp)
        }
        var entries: [Entry] = []
        var largest: [String: Contract] = [:]
        var counts: [String: Int] = [:]
        for contract in data.contracts {
            let (path, bp) = target(contract)
            let detail = [contract.supplier?.name ?? "", bp.map { words(.buscarContratoProyecto, ["bp": $0]) } ?? words(.buscarContratoSinProyecto)]
                .filter { !$0.isEmpty }.joined(separator: " · ")
            entries.append(Entry(title: contract.displayReference, kind: words(.buscarContrato), path: path + "index.html", detail: detail,
                                 words: [contract.displayReference, contract.id, contract.process].reduce(into: [String]()) {
                                     if !$1.isEmpty, !$0.contains($1) { $0.append($1) }
                                 }.joined(separator: " ")))
            guard let supplier = contract.supplier else { continue }
            counts[supplier.key, default: 0] += 1
            if let current = largest[supplier.key], !Self.larger(contract, than: current) { continue }
            largest[supplier.key] = contract
        }
        for key in largest.keys.sorted() {
            let contract = largest[key]!, supplier = contract.supplier!
            let count = counts[key]!
            let detail = [supplier.nit.map { words(.buscarProveedorNIT, ["nit": $0]) } ?? "",
                          words(count == 1 ? .buscarProveedorUnContrato : .buscarProveedorContratos, ["count": String(count)])]
                .filter { !$0.isEmpty }.joined(separator: " · ")
            entries.append(Entry(title: supplier.name, kind: words(.buscarProveedor), path: target(contract).path + "index.html",
                                 detail: detail, words: [supplier.name, supplier.nit ?? ""].joined(separator: " ")))
        }
        return entries
    }

    /// The larger contract by value (unknown values smallest), then the newer one.
    private static func larger(_ a: Contract, than b: Contract) -> Bool {
        let (x, y) = (a.value ?? -1, b.value ?? -1)
        return x != y ? x > y : Contract.newestFirst(a, b)
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
