import Testing
@testable import OpenData

/// The `contratos` tables and the contract figure columns of `proyectos` and `resumen`, on a
/// small city whose sums are worked out by hand below.
@Suite(.tags(.unit)) struct ContractTablesTests {
    static func project(_ bp: String, bpin: String, territory: Int, activities: Int) -> Project {
        var project = DatasetRowsTests.project(bp, territory: territory, activities: activities)
        project.bpin = bpin
        return project
    }

    static func contract(_ id: String, bpins: [String], value: Int64?, paid: Int64?, nit: String? = nil) -> Contract {
        Contract(id: id, bpins: bpins, supplier: Supplier(name: "Proveedor \(id)", nit: nit), value: value, paid: paid,
                 source: SourceLocation(file: "contratos/c.csv", line: 2, column: 1))
    }

    /// Each activity has a modified budget of 20: BP1 40 (comuna 1), BP2 20 in comuna 1 and 20 in
    /// comuna 2, BP3 20 without BPIN.
    static func data(contracts: [Contract]) -> CityData {
        let territories = TerritoryCatalog([Territory(code: 1, kind: .comuna, name: "Comuna 1"), Territory(code: 2, kind: .comuna, name: "Comuna 2")])
        let projects = [project("BP1", bpin: "111", territory: 1, activities: 2), project("BP2", bpin: "222", territory: 1, activities: 1),
                        project("BP2", bpin: "222", territory: 2, activities: 1), project("BP3", bpin: "", territory: 2, activities: 1)]
        return CityData(territories: territories, reports: [Cuadro1SReport(cut: ReportCut(id: "2025-T2")!, sourcePath: "b.csv", projects: projects)],
                        contracts: contracts)
    }

    static let contracts = [
        contract("C1", bpins: ["111"], value: 10, paid: 4, nit: "900123456"),
        contract("C2", bpins: ["111", "222"], value: 20, paid: nil),
        contract("C3", bpins: ["999"], value: 5, paid: 5),
        contract("C4", bpins: [], value: nil, paid: nil),
    ]

    static func dataset(_ datasets: [Dataset], _ kind: DatasetKind, territory: Int?) -> Dataset {
        datasets.first { dataset in
            guard dataset.kind == kind else { return false }
            if case .territory(let t) = dataset.scope { return t.code == territory }
            return territory == nil
        }!
    }

    static func cells(_ table: Table, _ names: [String]) -> [[Cell]] {
        let positions = names.map { name in table.columns.firstIndex { $0.name == name }! }
        return table.rows.map { row in positions.map { row[$0] } }
    }

    @Test func territoryRowsAreEachContractOfEachOfItsProjects() {
        let datasets = DatasetBuilder.datasets(for: Self.data(contracts: Self.contracts))
        let comuna1 = Self.cells(Self.dataset(datasets, .contratos, territory: 1).table, ["bp", "bpin", "id_contrato"])
        #expect(comuna1 == [[.text("BP1"), .text("111"), .text("C1")], [.text("BP1"), .text("111"), .text("C2")],
                            [.text("BP2"), .text("222"), .text("C2")]])
        let comuna2 = Self.cells(Self.dataset(datasets, .contratos, territory: 2).table, ["bp", "id_contrato"])
        #expect(comuna2 == [[.text("BP2"), .text("C2")]])
    }

    @Test func cityRowsKeepContractsWithoutProjectWithEmptyBP() {
        let city = Self.dataset(DatasetBuilder.datasets(for: Self.data(contracts: Self.contracts)), .contratos, territory: nil).table
        #expect(city.columns.map(\.name) == ContractTables.columns.map(\.name))
        #expect(Self.cells(city, ["bp", "bpin", "id_contrato", "proveedor_nit", "valor", "valor_pagado"]) == [
            [.text("BP1"), .text("111"), .text("C1"), .text("900123456"), .integer(10), .integer(4)],
            [.text("BP1"), .text("111"), .text("C2"), .empty, .integer(20), .empty],
            [.text("BP2"), .text("222"), .text("C2"), .empty, .integer(20), .empty],
            [.empty, .text("999"), .text("C3"), .empty, .integer(5), .integer(5)],
            [.empty, .empty, .text("C4"), .empty, .empty, .empty],
        ])
    }

    @Test func projectRowsCarryTheirProjectsContractFigures() {
        let projects = Self.dataset(DatasetBuilder.datasets(for: Self.data(contracts: Self.contracts)), .proyectos, territory: nil).table
        let names = ["bp", "codigo_territorio", "contratos", "valor_contratado", "valor_pagado_contratos", "parte_contratada"]
        // BP1: C1 + C2 = 30 of 40; BP2: C2 = 20 of 20 + 20 (both its rows); BP3: no BPIN, no contract.
        #expect(Self.cells(projects, names) == [
            [.text("BP1"), .integer(1), .integer(2), .integer(30), .integer(4), .number(75)],
            [.text("BP2"), .integer(1), .integer(1), .integer(20), .integer(0), .number(50)],
            [.text("BP2"), .integer(2), .integer(1), .integer(20), .integer(0), .number(50)],
            [.text("BP3"), .integer(2), .integer(0), .integer(0), .integer(0), .empty],
        ])
    }

    @Test func summaryRowsSumEachContractOnce() {
        let datasets = DatasetBuilder.datasets(for: Self.data(contracts: Self.contracts))
        let names = ["fila", "contratos", "valor_contratado", "valor_pagado_contratos", "parte_contratada"]
        // Comuna 1: BP1 (40) and BP2 (40 over both comunas): C1 and C2 once, 30 of 80.
        let comuna1 = Self.cells(Self.dataset(datasets, .resumen, territory: 1).table, names)
        #expect(comuna1 == [[.text("total"), .integer(2), .integer(30), .integer(4), .number(37.5)],
                            [.text("organismo"), .integer(2), .integer(30), .integer(4), .number(37.5)]])
        // The city: BP1, BP2, BP3: 30 of 40 + 40 + 20.
        let city = Self.cells(Self.dataset(datasets, .resumen, territory: nil).table, names)
        #expect(city.first == [.text("total"), .integer(2), .integer(30), .integer(4), .number(30)])
    }

    @Test func withoutContractsTheTablesAreEmptyAndTheFiguresBlank() {
        let datasets = DatasetBuilder.datasets(for: Self.data(contracts: []))
        #expect(datasets.filter { $0.kind == .contratos }.count == 3)
        #expect(datasets.filter { $0.kind == .contratos }.allSatisfy { $0.table.rows.isEmpty && $0.table.columns == ContractTables.columns })
        let projects = Self.dataset(datasets, .proyectos, territory: nil).table
        #expect(Self.cells(projects, ["contratos", "parte_contratada"]).allSatisfy { $0 == [.empty, .empty] })
    }

    /// The figures summed once when the model is made agree, on a bigger city made at random
    /// (projects in several territories and agencies, contracts funding several projects, BPINs
    /// in no cut), with the figures summed from their definition for every project, territory,
    /// agency and agency within a territory.
    @Test func figuresSummedOnceAgreeWithTheirDefinition() {
        var generator = StreamingReadTests.SplitMix(state: 7)
        func pick(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &generator) }
        let territories = TerritoryCatalog((1...5).map { Territory(code: $0, kind: .comuna, name: "Comuna \($0)") })
        var projects: [Project] = []
        for number in 0..<120 {
            let agency = Agency(code: "41\(pick(6))", name: "Agencia")
            for territory in Set((0...pick(2)).map { _ in 1 + pick(5) }).sorted() {
                var project = Self.project("BP\(number)", bpin: number % 7 == 0 ? "" : "\(1000 + number)", territory: territory,
                                           activities: 1 + pick(3))
                project.agency = agency
                projects.append(project)
            }
        }
        let contracts = (0..<400).map { number in
            Self.contract("C\(number)", bpins: (0..<pick(3)).map { _ in "\(1000 + pick(140))" },
                          value: number % 5 == 0 ? nil : Int64(1 + pick(1_000)), paid: Int64(pick(100)),
                          nit: "9\(pick(30))")
        }
        let data = CityData(territories: territories, reports: [Cuadro1SReport(cut: ReportCut(id: "2025-T2")!, sourcePath: "b.csv", projects: projects)],
                            contracts: contracts)
        func byDefinition(_ rows: [Project]) -> ContractFigures {
            var seen = Set<String>()
            return data.contractIndex.figures(of: rows.filter { seen.insert($0.bp).inserted }.flatMap { data.project(bp: $0.bp) })
        }
        #expect(data.cityContractFigures == data.contractIndex.figures(of: data.projects))
        #expect(data.cityContractFigures.contracts > 100)
        for bp in Set(projects.map(\.bp)) { #expect(data.contractFigures(bp: bp) == data.contractIndex.figures(of: data.project(bp: bp)), "\(bp)") }
        for agency in Set(projects.map(\.agency.code)) {
            #expect(data.contractFigures(agency: agency) == data.contractIndex.figures(of: data.projects(ofAgency: agency)), "\(agency)")
            for code in 1...5 {
                #expect(data.contractFigures(agency: agency, territory: code)
                    == byDefinition(data.projects(in: code).filter { $0.agency.code == agency }), "\(agency) \(code)")
            }
        }
        for code in 1...5 { #expect(data.contractFigures(territory: code) == byDefinition(data.projects(in: code)), "\(code)") }
    }
}
