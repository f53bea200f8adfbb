import Foundation
import OpenData
import Testing
@testable import SiteGen

/// The default content shows the plan matrix, a page per agency and the problems section on every
/// territory page; counts are checked against the content's own CSV files.
@Suite(.tags(.site)) struct DefaultSiteParticipationTests {
    static let site: Result<URL, Error> = Result { try TestSupport.build(TestSupport.defaultContent) }

    let output: URL
    init() throws { output = try Self.site.get() }

    func contentRows(_ path: String) throws -> [[String: String]] {
        try TestSupport.csvRows(TestSupport.defaultContent.appendingPathComponent(path))
    }

    @Test func matrixCountsEveryActionAndLinksEveryCell() throws {
        let actions = try contentRows("planes/acciones.csv")
        #expect(!actions.isEmpty)
        let html = try TestSupport.read(output.appendingPathComponent("planes/acciones/index.html"))
        for procedure in ParticipationProcedure.allCases {
            for phase in ManagementPhase.allCases {
                let count = actions.count {
                    ParticipationProcedure(matching: $0["procedimiento"] ?? "") == procedure && ManagementPhase(matching: $0["fase"] ?? "") == phase
                }
                #expect(count > 0, "the example plan has no \(procedure.rawValue) action in \(phase.rawValue)")
                let link = "planes/acciones/\(procedure.slug)-\(phase.slug)/index.html\" aria-label=\"\(count) acciones"
                #expect(html.contains(link), "matrix cell \(procedure.rawValue) × \(phase.rawValue) should show \(count)")
                let cell = try TestSupport.read(output.appendingPathComponent("planes/acciones/\(procedure.slug)-\(phase.slug)/index.html"))
                #expect(cell.components(separatedBy: "<tr>").count - 2 == count)
            }
        }
        #expect(html.contains("<td class=\"num\">\(actions.count)</td></tr>\n  </tfoot>"))
        for page in ["index.html", "planes/index.html"] {
            #expect(try TestSupport.read(output.appendingPathComponent(page)).contains("planes/acciones/index.html\">"), "\(page) links the matrix")
        }
    }

    @Test func everyAgencyHasAPageWithItsActionsAndProjects() throws {
        let actions = try contentRows("planes/acciones.csv")
        let codes = Set(actions.compactMap { $0["organismo_codigo"] })
        #expect(codes.count >= 3)
        for code in codes {
            let html = try TestSupport.read(output.appendingPathComponent("organismos/\(code)/index.html"))
            let own = actions.filter { $0["organismo_codigo"] == code }
            let section = html.components(separatedBy: "id=\"proyectos\"")[0]
            #expect(section.components(separatedBy: "<tr>").count - 2 == own.count, "agency \(code)")
        }
        let projects = try TestSupport.csvRows(output.appendingPathComponent("datos/ciudad-completa/proyectos.csv"))
        for code in Set(projects.compactMap { $0["organismo_codigo"] }) {
            let html = try TestSupport.read(output.appendingPathComponent("organismos/\(code)/index.html"))
            for bp in Set(projects.filter { $0["organismo_codigo"] == code }.compactMap { $0["bp"] }) {
                #expect(html.contains("proyectos/\(bp)/index.html"), "agency \(code) lacks \(bp)")
            }
        }
    }

    @Test func everyTerritoryPageHasTheProblemsSection() throws {
        let problems = try contentRows("diagnosticos/problemas.csv")
        for territory in TerritoryCatalog.builtIn.local {
            let html = try TestSupport.read(output.appendingPathComponent("territorios/\(territory.slug)/index.html"))
            #expect(html.contains("<h2 id=\"problemas\">Problemas e inversión</h2>"), "\(territory.name)")
            let own = problems.filter { TerritoryCatalog.builtIn.resolve($0["territorio"] ?? "")?.code == territory.code }
            #expect(!own.isEmpty, "the example content has no problem for \(territory.name)")
            #expect(html.components(separatedBy: "<article class=\"problema\"").count - 1 == own.count, "\(territory.name)")
            let rows = try TestSupport.csvRows(output.appendingPathComponent("datos/territorios/\(territory.slug)/problemas.csv"))
            #expect(rows.count == own.count)
            #expect(html.components(separatedBy: "Sin inversión asociada:").count - 1 == rows.count { $0["inversion"] == "sin inversión asociada" })
        }
    }

    @Test func actionsAppearInEachTerritoryTheyTouch() throws {
        let actions = try contentRows("planes/acciones.csv")
        for territory in TerritoryCatalog.builtIn.territories {
            let expected = actions.count { row in
                let codes = (row["territorios"] ?? "").split(separator: ";").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                return codes.isEmpty || codes.contains(99) ? territory.code == 99 : codes.contains(territory.code)
            }
            let rows = try TestSupport.csvRows(output.appendingPathComponent("datos/territorios/\(territory.slug)/acciones.csv"))
            #expect(rows.count == expected, "\(territory.slug)")
        }
    }
}
