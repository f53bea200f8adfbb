import Testing
@testable import OpenData

/// The figures of the latest cut computed in OpenData (`CityData.figures`) on a small hand-made
/// city: budget-weighted progress, progress bands, agencies, shares of the city, an aggregate and a
/// project in two comunas counted once, map classes, and the `resumen` rows made from them.
@Suite(.tags(.unit)) struct CityFiguresTests {
    static let a = Agency(code: "4100", name: "Agencia A")
    static let b = Agency(code: "4200", name: "Agencia B")

    static func project(_ bp: String, _ agency: Agency, territory: Int, modified: Int64, executed: Int64 = 0,
                        progress: Double?) -> Project {
        Project(bp: bp, bpin: "", name: "Proyecto \(bp)", agency: agency, plan: [], territoryCode: territory, activities: [],
                reportedBudget: Budget(initial: modified, modified: modified, executed: executed, obligated: nil, paid: 0),
                reportedProgress: progress)
    }

    /// Comuna 1 has five projects (one without budget, one without progress, one with a negative
    /// budget); BP1 is also in Comuna 2; BP6 is in the aggregate 98; Pance (53) has none.
    static let data: CityData = {
        let territories = TerritoryCatalog([
            Territory(code: 1, kind: .comuna, name: "Comuna 1"), Territory(code: 2, kind: .comuna, name: "Comuna 2"),
            Territory(code: 53, kind: .corregimiento, name: "Pance"), Territory(code: 98, kind: .aggregate, name: "Zona rural"),
            Territory(code: 99, kind: .ciudad, name: "Toda la ciudad"),
        ])
        let rows = [
            project("BP1", a, territory: 1, modified: 100, executed: 50, progress: 20),
            project("BP2", a, territory: 1, modified: 300, executed: 150, progress: 60),
            project("BP3", b, territory: 1, modified: 0, progress: 100),
            project("BP4", b, territory: 1, modified: 200, progress: nil),
            project("BP5", b, territory: 1, modified: -50, progress: 0),
            project("BP1", a, territory: 2, modified: 100, progress: 80),
            project("BP6", b, territory: 98, modified: 1000, executed: 100, progress: 10),
        ]
        let older = Cuadro1SReport(cut: ReportCut(id: "2025-T1")!, sourcePath: "a.csv",
                                   projects: [project("BP9", a, territory: 1, modified: 7, progress: 1)])
        let latest = Cuadro1SReport(cut: ReportCut(id: "2025-T2")!, sourcePath: "b.csv", projects: rows)
        return CityData(territories: territories, reports: [latest, older])
    }()

    @Test func territoryFiguresFollowTheDashboardRules() throws {
        let comuna = Self.data.figures.territory(1)
        #expect(comuna.total.projects == 5)
        #expect(comuna.total.budget.modified == 550)
        // Weighted by modified budget over projects with progress and budget above zero: (20·100 + 60·300) / 400.
        #expect(comuna.total.physicalProgress == 50)
        #expect(try #require(comuna.total.financialProgress) == 200.0 / 550.0 * 100)
        #expect(comuna.total.bands == ProgressBands(none: 1, belowHalf: 1, halfOrMore: 1, finished: 1, unknown: 1))
        // A phase no project reports stays unknown.
        #expect(comuna.total.budget.obligated == nil)
        #expect(comuna.cityShare.obligated == nil)
        #expect(try #require(comuna.cityShare.modified) == 550.0 / 1650.0 * 100)
        #expect(comuna.cityShare.paid == nil)  // the city paid nothing: no share of zero
    }

    @Test func agenciesLargestBudgetFirst() {
        let agencies = Self.data.figures.territory(1).agencies
        #expect(agencies.map(\.agency) == [Self.a, Self.b])
        #expect(agencies.map(\.figures.projects) == [2, 3])
        #expect(agencies.map(\.modifiedOrZero) == [400, 150])
        #expect(agencies[1].figures.physicalProgress == nil)  // BP3 has no budget, BP4 no progress, BP5 a negative budget
    }

    @Test func cityCountsEachProjectAndTheAggregateOnce() throws {
        let figures = Self.data.figures
        // Only the latest cut: BP9 of 2025-T1 is not counted.
        #expect(figures.city.total.projects == 6)
        #expect(figures.city.total.budget.modified == 1650)
        let parts = [1, 2, 53, 98, 99].map { figures.territory($0).total.budget.modified ?? 0 }
        #expect(parts.reduce(0, +) == 1650)
        // BP1 (Comuna 1 and 2) is one project: budget 200, progress the highest of its rows (80).
        #expect(figures.city.total.bands == ProgressBands(none: 1, belowHalf: 1, halfOrMore: 2, finished: 1, unknown: 1))
        let weighted: Double = 80 * 200 + 60 * 300 + 10 * 1000
        #expect(try #require(figures.city.total.physicalProgress) == weighted / 1500)
        #expect(figures.city.cityShare.modified == 100)
        #expect(figures.agency(code: "4100").projects == 2)
        #expect(figures.agency(code: "4100").budget.modified == 500)
        #expect(figures.agency(code: "4200").projects == 4)
        #expect(Self.data.projects(ofAgency: "4100").map(\.territoryCode) == [1, 1, 2])
        #expect(figures.agency(code: "9999") == .empty)
    }

    @Test func territoryWithoutProjects() {
        let pance = Self.data.figures.territory(53)
        #expect(pance.total.projects == 0)
        #expect(pance.total.budget == .zero)
        #expect(pance.total.physicalProgress == nil)
        #expect(pance.total.bands.counts == [0, 0, 0, 0, 0])
        #expect(pance.agencies.isEmpty)
        #expect(pance.cityShare.modified == 0)
    }

    @Test func quartileClassesWithTiesAndZero() {
        let classes = BudgetClasses([0, 10, 10, 10, 20, 40, -5])
        #expect(classes.cuts == [10, 10, 20])
        #expect([0, -5, 10, 20, 40].map(classes.shade) == [0, 0, 1, 3, 4])
        // Class 2 is empty (its bounds are equal) and left out of the legend.
        #expect(classes.ranges.map(\.shade) == [1, 3, 4])
        #expect(classes.ranges.map(\.upper) == [10, 20, 40])
        #expect(classes.ranges.map(\.lower) == [10, 10, 20])

        let none = BudgetClasses([0, 0])
        #expect(none.cuts.isEmpty && none.ranges.isEmpty && none.shade(0) == 0)
        let single = BudgetClasses([5])
        #expect(single.shade(5) == 1)
        #expect(single.ranges.map(\.shade) == [1])

        let map = Self.data.figures.budgetClasses(of: [1, 2, 53])
        #expect(map.positive == [100, 550])
        #expect(map.cuts == [100, 550, 550])
        #expect([1, 2, 53].map { map.shade(Self.data.figures.territory($0).total.budget.modified ?? 0) } == [2, 1, 0])
    }

    @Test func resumenRowsHoldTheFigures() throws {
        let datasets = SummaryTables.datasets(for: Self.data)
        #expect(datasets.count == 6)  // five territories and the whole city
        func table(_ folder: String) throws -> [[String: Cell]] {
            let dataset = try #require(datasets.first { $0.scope.folder == folder })
            #expect(dataset.kind == .resumen && dataset.cut?.id == "2025-T2")
            return dataset.table.rows.map { Dictionary(uniqueKeysWithValues: zip(dataset.table.columns.map(\.name), $0)) }
        }
        let comuna = try table("territorios/comuna-01")
        #expect(comuna.map { $0["fila"] } == [.text("total"), .text("organismo"), .text("organismo")])
        #expect(comuna.map { $0["organismo_codigo"] } == [.empty, .text("4100"), .text("4200")])
        #expect(comuna[0]["presupuesto_modificado"] == .integer(550))
        #expect(comuna[0]["obligado"] == .empty)
        #expect(comuna[0]["parte_ciudad_modificado"] == .number(33.33))
        #expect(comuna[0]["avance_fisico_ponderado"] == .number(50))
        #expect(comuna[0]["avance_financiero"] == .number(36.36))
        #expect(["proyectos_sin_avance", "proyectos_avance_menor_50", "proyectos_avance_50_a_99", "proyectos_terminados",
                 "proyectos_sin_dato_avance"].map { comuna[0][$0] } == Array(repeating: .integer(1), count: 5))
        #expect(comuna[1]["proyectos"] == .integer(2) && comuna[1]["parte_ciudad_modificado"] == .number(24.24))
        #expect(comuna[2]["avance_fisico_ponderado"] == .empty)

        let city = try table("ciudad-completa")
        #expect(city[0]["codigo_territorio"] == .empty && city[0]["proyectos"] == .integer(6))
        #expect(city[0]["parte_ciudad_modificado"] == .number(100))
        #expect(city[0]["avance_fisico_ponderado"] == .number(29.33))

        let pance = try table("territorios/pance")
        #expect(pance.count == 1 && pance[0]["proyectos"] == .integer(0))
    }

    @Test func noCutNoRows() {
        let data = CityData(territories: TerritoryCatalog([Territory(code: 1, kind: .comuna, name: "Comuna 1")]), reports: [])
        let datasets = SummaryTables.datasets(for: data)
        #expect(datasets.count == 2 && datasets.allSatisfy { $0.table.rows.isEmpty && $0.cut == nil })
        #expect(data.figures.city.total == .empty)
    }
}
