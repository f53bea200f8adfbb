/// The `resumen` table: the figures of a territory's dashboard (or of the whole city) in the latest
/// Cuadro 1S cut, read from `CityData.figures` like the pages. One row for all the territory's
/// projects, then one per agency, largest modified budget first: the same numbers as the page's
/// charts, as plain numbers.
public enum SummaryTables {
    static let percentNote = "de 0 a 100, redondeado a dos decimales"

    public static let columns: [Column] = [
        Column("corte", .string, title: "Corte", description: "Corte trimestral del informe Cuadro 1S que se resume (AAAA-Tn).", required: true),
        Column("codigo_territorio", .integer, title: "Código del territorio", description: "Código del territorio resumido (territorios.csv); vacío en el resumen de toda la ciudad, que suma todos los territorios."),
        Column("territorio", .string, title: "Territorio", description: "Nombre del territorio resumido, o «Todos los territorios»."),
        Column("fila", .string, title: "Fila", description: "«total»: todos los proyectos del territorio; «organismo»: los proyectos de un organismo en el territorio.", required: true),
        Column("organismo_codigo", .string, title: "Código del organismo", description: "Código del centro gestor (organismo); vacío en la fila total."),
        Column("organismo", .string, title: "Organismo", description: "Nombre del organismo, o «Todos los organismos» en la fila total."),
        Column("proyectos", .integer, title: "Proyectos", description: "Número de proyectos de inversión (códigos BP distintos)."),
        Column("actividades", .integer, title: "Actividades", description: "Número de actividades reportadas."),
    ] + ProjectTables.budgetColumns + shareColumns + [
        Column("avance_fisico_ponderado", .number, title: "Avance físico ponderado", description: "Avance físico de los proyectos ponderado por su presupuesto modificado, \(percentNote). Cuenta solo los proyectos con avance reportado y presupuesto modificado mayor que cero.", unit: "%"),
        Column("avance_financiero", .number, title: "Avance financiero", description: "Ejecutado sobre presupuesto modificado, \(percentNote).", unit: "%"),
        Column("proyectos_sin_avance", .integer, title: "Proyectos sin avance", description: "Proyectos con avance físico de 0 %."),
        Column("proyectos_avance_menor_50", .integer, title: "Proyectos con avance menor de 50 %", description: "Proyectos con avance físico mayor que 0 % y menor que 50 %."),
        Column("proyectos_avance_50_a_99", .integer, title: "Proyectos con avance de 50 % a 99 %", description: "Proyectos con avance físico de 50 % o más y menor que 100 %."),
        Column("proyectos_terminados", .integer, title: "Proyectos terminados", description: "Proyectos con avance físico de 100 %."),
        Column("proyectos_sin_dato_avance", .integer, title: "Proyectos sin dato de avance", description: "Proyectos sin avance físico reportado."),
    ] + ContractTables.figureColumns

    /// The row's money over the whole city's, one column per budget phase.
    static let shareColumns: [Column] = [
        ("inicial", "Presupuesto inicial"), ("modificado", "Presupuesto modificado"),
        ("ejecutado", "Valor ejecutado (comprometido)"), ("obligado", "Valor obligado"), ("pagado", "Valor pagado"),
    ].map { phase, money in
        Column("parte_ciudad_" + phase, .number, title: "Parte de la ciudad: " + phase,
               description: "\(money) de la fila sobre el de toda la ciudad, \(percentNote).", unit: "%")
    }

    /// Values of the `fila` column.
    public static let totalRow = "total"
    public static let agencyRow = "organismo"

    /// The `resumen` datasets of the latest cut: one per territory and one for the whole city. No
    /// rows without a cut.
    static func datasets(for data: CityData) -> [Dataset] {
        let cut = data.latest?.cut
        let figures = data.figures
        func dataset(_ scope: DatasetScope, code: Int?, name: String, _ territory: TerritoryFigures) -> Dataset {
            let lines = cut.map { rows(territory, cut: $0, code: code, name: name, data: data) } ?? []
            return Dataset(kind: .resumen, scope: scope, table: Table(columns: columns, rows: lines), cut: cut)
        }
        return data.territories.territories.map { territory in
            dataset(.territory(territory), code: territory.code, name: territory.name, figures.territory(territory.code))
        } + [dataset(.wholeCity, code: nil, name: "Todos los territorios", figures.city)]
    }

    /// The total row, then one row per agency; the contract figures from `data`'s contracts.
    static func rows(_ territory: TerritoryFigures, cut: ReportCut, code: Int?, name: String, data: CityData) -> [[Cell]] {
        let lead: [Cell] = [.str(cut.id), .int(code), .str(name)]
        let published = !data.contracts.isEmpty
        let contracts = code.map { data.contractFigures(territory: $0) } ?? data.cityContractFigures
        let total = lead + [.str(totalRow), .empty, .str("Todos los organismos")]
            + cells(territory.total, share: territory.cityShare) + ContractTables.figureCells(contracts, published: published)
        return [total] + territory.agencies.map { line in
            lead + [.str(agencyRow), .str(line.agency.code), .str(line.agency.name)]
                + cells(line.figures, share: BudgetShares(line.figures.budget, of: territory.cityBudget))
                + ContractTables.figureCells(ContractTables.figures(data, territory: code, agency: line.agency.code), published: published)
        }
    }

    static func cells(_ figures: ProjectFigures, share: BudgetShares) -> [Cell] {
        func percent(_ value: Double?) -> Cell { .num(value.map { ($0 * 100).rounded() / 100 }) }
        let bands = figures.bands
        return [.int(figures.projects), .int(figures.activities)] + ProjectTables.budgetCells(figures.budget) + [
            percent(share.initial), percent(share.modified), percent(share.executed), percent(share.obligated), percent(share.paid),
            percent(figures.physicalProgress), percent(figures.financialProgress),
            .int(bands.none), .int(bands.belowHalf), .int(bands.halfOrMore), .int(bands.finished), .int(bands.unknown),
        ]
    }
}
