import Foundation
import Testing
@testable import OpenData

/// The memory-saving shapes of the model and the tables: an activity's quarters held inline, and
/// the `proyectos`/`actividades` tables whose rows are made from the model when read. Each must
/// give what the arrays and held rows they replace gave.
@Suite(.tags(.unit)) struct DatasetRowsTests {
    static func activity(_ code: String, bp: String, territory: Int, progress: [Double?]) -> Activity {
        let product = Product(planGoalCode: "G", planGoalName: "Meta", mgaCode: "M", mgaName: "Producto", programmedQuantity: 2,
                              execution: [1, nil, 2, nil], progress: [nil, 50, nil, 100])
        return Activity(code: code, name: "Actividad \(code)", bp: bp, territoryCode: territory, weight: 0.5, progress: progress,
                        explanations: ["uno", "", "tres", ""], variables: "", product: product, projectProgress: 40,
                        budget: Budget(initial: 10, modified: 20, executed: 5, obligated: nil, paid: 1),
                        start: nil, end: nil, subAgency: "", source: SourceLocation(file: "a.csv", line: 7, column: 1))
    }

    static func project(_ bp: String, territory: Int, activities: Int) -> Project {
        Project(bp: bp, bpin: "", name: "Proyecto \(bp)", agency: Agency(code: "4100", name: "Agencia"), plan: [],
                territoryCode: territory,
                activities: (0..<activities).map { activity("\(bp)-\($0)", bp: bp, territory: territory, progress: [Double($0), nil, 3, nil]) })
    }

    static let data: CityData = {
        let territories = TerritoryCatalog([
            Territory(code: 1, kind: .comuna, name: "Comuna 1"), Territory(code: 2, kind: .comuna, name: "Comuna 2"),
            Territory(code: 53, kind: .corregimiento, name: "Pance"),
        ])
        let projects = [project("BP2", territory: 2, activities: 3), project("BP1", territory: 1, activities: 2),
                        project("BP3", territory: 1, activities: 0), project("BP4", territory: 2, activities: 1)]
        return CityData(territories: territories, reports: [Cuadro1SReport(cut: ReportCut(id: "2025-T2")!, sourcePath: "b.csv", projects: projects)])
    }()

    @Test func quartersActAsTheirFourValues() throws {
        var quarters: Quarters<Double?> = [nil, 2, nil, 4]
        #expect(Array(quarters) == [nil, 2, nil, 4])
        #expect(quarters.count == 4 && quarters.compactMap { $0 }.last == 4)
        quarters[2] = 3
        #expect(quarters == [nil, 2, 3, 4])
        #expect(quarters != [nil, 2, 3, 5])
        let json = try JSONEncoder().encode(quarters)
        #expect(json == (try JSONEncoder().encode([nil, 2, 3, 4] as [Double?])))
        #expect(try JSONDecoder().decode(Quarters<Double?>.self, from: json) == quarters)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Quarters<Double?>.self, from: Data("[1, 2]".utf8)) }
        let activity = Self.activity("A", bp: "BP1", territory: 1, progress: [10, 20, nil, nil])
        #expect(activity.latestProgress == 20 && activity.explanations[2] == "tres" && activity.product.execution[2] == 2)
    }

    @Test func madeRowsAreReadAgainAndCompareAsHeldRows() {
        let held = TableRows([[.integer(0)], [.integer(1)], [.integer(2)]])
        let made = TableRows(count: 3) { [.integer(Int64($0))] }
        #expect(made == held && made.hashValue == held.hashValue)
        #expect(Array(made) == Array(held) && made.first == [.integer(0)] && made.count == 3)
        #expect(made != TableRows(count: 3) { [.integer(Int64($0 + 1))] })
        #expect(made != TableRows(count: 2) { [.integer(Int64($0))] })
    }

    /// The tables made on demand hold, row for row, what the eager tables of the same projects hold.
    @Test func reportTablesMadeOnDemandEqualTheEagerOnes() throws {
        let report = try #require(Self.data.latest)
        let datasets = DatasetBuilder.reportDatasets(for: Self.data)
        #expect(datasets.count == 8)  // three territories and the city, two kinds each
        for dataset in datasets {
            let projects = report.projects.filter { project in
                if case .territory(let territory) = dataset.scope { return project.territoryCode == territory.code }
                return true
            }
            let eager = dataset.kind == .proyectos
                ? ProjectTables.projects(projects, cut: report.cut, territories: Self.data.territories)
                : ProjectTables.activities(projects, cut: report.cut, territories: Self.data.territories)
            #expect(dataset.table.columns == eager.columns)
            #expect(Array(dataset.table.rows) == Array(eager.rows), "\(dataset.basePath)")
        }
        // The city lists the activities in the report's order of projects.
        let city = try #require(datasets.first { $0.kind == .actividades && $0.scope == .wholeCity })
        #expect(city.table.rows.count == 6)
        #expect(city.table.rows.map { $0[0] } == ["BP2-0", "BP2-1", "BP2-2", "BP1-0", "BP1-1", "BP4-0"].map { Cell.text($0) })
    }
}
