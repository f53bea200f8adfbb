import Foundation
import OpenData
import Testing
@testable import SiteGen

/// The contracts on the default site: the ficha's list (newest first, with its link), the empty
/// message, the territory and agency summaries, the data-quality list and the search entries. What
/// each page should show is worked out here from the contracts read, not from the page models.
@Suite(.tags(.site)) struct ContractPagesTests {
    struct Site {
        var output: URL
        var data: CityData

        func page(_ path: String) throws -> String {
            try TestSupport.read(output.appendingPathComponent(path + "index.html"))
        }
    }

    static let site: Result<Site, any Error> = Result {
        var diagnostics = Diagnostics()
        let data = ContentFolderReader(root: TestSupport.defaultContent).read(diagnostics: &diagnostics).data
        return Site(output: try TestSupport.build(TestSupport.defaultContent), data: data)
    }

    /// The latest cut's BP codes by BPIN.
    static func projectsByBPIN(_ data: CityData) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for project in data.projects where !project.bpin.isEmpty { out[project.bpin, default: []].insert(project.bp) }
        return out
    }

    @Test func fichaListsItsContractsNewestFirstWithTheirLinks() throws {
        let site = try Self.site.get()
        let contractBPINs = Set(site.data.contracts.flatMap(\.bpins))
        // The project of the latest cut with the most contracts that have distinct signing dates.
        let byBPIN = Dictionary(grouping: site.data.contracts.flatMap { c in c.bpins.map { ($0, c) } }, by: \.0).mapValues { $0.map(\.1) }
        let candidates = Self.projectsByBPIN(site.data).compactMap { bpin, bps -> (String, [Contract])? in
            guard let list = byBPIN[bpin], Set(list.compactMap(\.signed)).count >= 2 else { return nil }
            return (bps.min()!, list)
        }.sorted { ($0.1.count, $1.0) > ($1.1.count, $0.0) }
        let (bp, contracts) = try #require(candidates.first, "the example content has a project with two dated contracts")
        let html = try site.page(ProjectPage.path(bp))
        #expect(html.contains("<h2 id=\"contratos\">Contratos</h2>"))
        let ordered = contracts.filter { $0.signed != nil }.sorted { $0.signed! > $1.signed! }.map(\.displayReference)
        let positions = try ordered.map { reference in
            try #require(html.range(of: ">\(reference)</span></h3>")?.lowerBound, "\(reference) on the ficha of \(bp)")
        }
        #expect(positions == positions.sorted(), "newest first: \(ordered)")
        for contract in contracts {
            if let url = contract.url {
                let escaped = url.replacingOccurrences(of: "&", with: "&amp;")
                let text = url.contains("colombiacompra.gov.co") ? "en la Tienda Virtual del Estado Colombiano" : "en SECOP II"
                #expect(html.contains("<a href=\"\(escaped)\">Ver ") && html.contains("\(contract.displayReference) \(text)</a>"),
                        "\(contract.id) links to \(url)")
            }
            if let nit = contract.supplier?.nit { #expect(html.contains("NIT <span class=\"codigo\">\(nit)</span>")) }
        }
        #expect(html.contains(SpanishFormat.money(contracts.reduce(Int64(0)) { $0 + ($1.value ?? 0) })))

        // Some project without a contract says so and links to the quality page.
        let without = try #require(Self.projectsByBPIN(site.data).filter { !contractBPINs.contains($0.key) }.flatMap(\.value).min())
        let empty = try site.page(ProjectPage.path(without))
        #expect(empty.contains("Sin contratos publicados con este BPIN. <a href=\"../../calidad/index.html#contratos-sin-proyecto\">"))
        #expect(!empty.contains("<ol class=\"contratos\">"))
    }

    static func projectsWithContracts(_ count: Int) -> String {
        count == 1 ? "<p>1 proyecto tiene contratos publicados:" : "<p>\(count) proyectos tienen contratos publicados:"
    }

    @Test func territoryAndAgencyPagesSumTheirProjectsContracts() throws {
        let site = try Self.site.get()
        let contractBPINs = Set(site.data.contracts.flatMap(\.bpins))
        var checked = 0
        for territory in site.data.territories.territories {
            let bps = Set(site.data.projects(in: territory.code).filter { contractBPINs.contains($0.bpin) }.map(\.bp))
            let html = try site.page(TerritoryPage.path(territory))
            if bps.isEmpty {
                #expect(html.contains("Ningún proyecto tiene contratos publicados con su BPIN."), "\(territory.name)")
            } else {
                #expect(html.contains(Self.projectsWithContracts(bps.count)), "\(territory.name)")
                #expect(html.contains("<ol class=\"contratos-proveedores\">"))
                checked += 1
            }
        }
        #expect(checked > 0)
        for agency in AgencyPage.agencies(site.data) {
            let projects = site.data.projects(ofAgency: agency.code)
            let bps = Set(projects.filter { contractBPINs.contains($0.bpin) }.map(\.bp))
            guard !bps.isEmpty else { continue }
            let html = try site.page(AgencyPage.path(agency.code))
            #expect(html.contains(Self.projectsWithContracts(bps.count)), "\(agency.code)")
            // The largest supplier by contracted value comes first.
            let contracts = Dictionary(grouping: site.data.contracts.filter { !Set($0.bpins).isDisjoint(with: projects.map(\.bpin)) },
                                       by: { $0.supplier?.name ?? "" })
            let top = contracts.filter { !$0.key.isEmpty }.max { a, b in
                let (x, y) = (a.value.reduce(Int64(0)) { $0 + ($1.value ?? 0) }, b.value.reduce(Int64(0)) { $0 + ($1.value ?? 0) })
                return x != y ? x < y : a.key > b.key
            }
            if let top {
                let list = try #require(html.range(of: "<ol class=\"contratos-proveedores\">"))
                #expect(html[list.upperBound...].drop { $0.isWhitespace }.hasPrefix("<li><strong>\(top.key)</strong>"), "\(agency.code)")
            }
        }
    }

    @Test func qualityPageListsContractsWithoutProject() throws {
        let site = try Self.site.get()
        var known = Set<String>()
        for report in site.data.reports { for project in report.projects { known.insert(project.bpin) } }
        let unmatched = site.data.contracts.filter { $0.bpins.allSatisfy { !known.contains($0) } }
        let html = try site.page(QualityPage.path)
        #expect(html.contains("<h2 id=\"contratos-sin-proyecto\">Contratos sin proyecto en el Cuadro 1S</h2>"))
        #expect(html.contains("<p>\(unmatched.count) contratos publicados no nombran un BPIN"))
        for contract in unmatched {
            #expect(html.contains("<li><span class=\"codigo\">\(contract.displayReference)</span>"), "\(contract.id)")
            #expect(html.contains(contract.bpins.isEmpty ? "sin BPIN" : "BPIN <span class=\"codigo\">\(contract.bpins.joined(separator: ", "))</span>"))
        }
    }

    @Test func searchFindsContractsAndSuppliers() throws {
        let site = try Self.site.get()
        let index = try TestSupport.read(site.output.appendingPathComponent(SearchIndex.path))
        var byBPIN: [String: Set<String>] = [:]
        for report in site.data.reports {
            for project in report.projects where !project.bpin.isEmpty { byBPIN[project.bpin, default: []].insert(project.bp) }
        }
        for contract in site.data.contracts {
            let bp = contract.bpins.compactMap { byBPIN[$0]?.min() }.min()
            let path = bp.map { "proyectos/\($0)/index.html" } ?? "calidad/index.html"
            #expect(index.contains("{\"t\":\"\(contract.displayReference)\",\"k\":\"Contrato\",\"u\":\"\(path)\""), "\(contract.id)")
        }
        for name in Set(site.data.contracts.compactMap(\.supplier?.name)) {
            #expect(index.contains("{\"t\":\"\(name)\",\"k\":\"Proveedor\""), "\(name)")
        }
    }
}
