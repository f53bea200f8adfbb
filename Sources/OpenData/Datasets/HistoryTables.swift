/// The `historico` table: one row per project per Cuadro 1S cut, across cuts and vigencias, so a
/// project can be followed over time. In a territory's table the figures are the territory's part
/// of the project; in the city's they are the whole project, with its one territory or 99.
public enum HistoryTables {
    public static let columns: [Column] = [
        Column("corte", .string, title: "Corte", description: "Corte trimestral del informe Cuadro 1S (AAAA-Tn).", required: true),
        Column("vigencia", .integer, title: "Vigencia", description: "Año presupuestal del corte. Cada vigencia nueva reinicia el presupuesto anual: las cifras de dinero no se suman entre vigencias."),
        Column.bankCode(municipality: CatalogInfo.defaultMunicipality),
        Column("bpin", .string, title: "Código BPIN", description: "Código del proyecto en el Banco de Programas y Proyectos de Inversión Nacional."),
        Column("nombre", .string, title: "Nombre del proyecto", description: "Nombre del proyecto de inversión en ese corte."),
        Column("organismo_codigo", .string, title: "Código del organismo", description: "Código del centro gestor (organismo) responsable."),
        Column("organismo", .string, title: "Organismo", description: "Nombre del organismo responsable."),
        Column("codigo_territorio", .integer, title: "Código del territorio", description: "En el conjunto de un territorio, su código; en el de toda la ciudad, el único territorio del proyecto en ese corte, o 99 si tiene varios.", required: true),
        Column("actividades", .integer, title: "Actividades", description: "Número de actividades reportadas en el corte."),
    ] + ProjectTables.budgetColumns + [
        Column("avance_fisico", .number, title: "Avance físico", description: "Avance físico del proyecto reportado por el organismo en el corte, de 0 a 100.", unit: "%"),
        Column("avance_financiero", .number, title: "Avance financiero", description: "Ejecutado sobre presupuesto modificado en el corte, de 0 a 100.", unit: "%"),
    ]

    /// The row of a project's figures in one cut, under `territoryCode`.
    static func row(_ figures: ProjectCutFigures, territoryCode: Int) -> [Cell] {
        let financial = figures.budget.financialProgress.map { ($0 * 100).rounded() / 100 }
        return [
            .str(figures.cut.id), .int(figures.vigencia), .str(figures.bp), .str(figures.bpin), .str(figures.name),
            .str(figures.agency.code), .str(figures.agency.name), .int(territoryCode), .int(figures.activities),
        ] + ProjectTables.budgetCells(figures.budget) + [.num(figures.physicalProgress), .num(financial)]
    }

    /// The `historico` datasets: one per territory and one for the whole city. Linear in the rows
    /// of every cut: each cut's projects are grouped by BP code once.
    static func datasets(for data: CityData) -> [Dataset] {
        var byTerritory: [Int: [[Cell]]] = [:]
        var city: [[Cell]] = []
        for index in data.reports.indices {
            let cut = data.reports[index].cut
            var parts: [String: [Project]] = [:]
            for project in data.reports[index].projects { parts[project.bp, default: []].append(project) }
            for bp in parts.keys.sorted() {
                let rows = parts[bp]!
                var own: [Cell] = []
                for part in rows {
                    own = row(ProjectCutFigures(cut: cut, parts: [part]), territoryCode: part.territoryCode)
                    byTerritory[part.territoryCode, default: []].append(own)
                }
                // A project in one territory has the same row for the city: shared, not made again.
                if rows.count == 1 {
                    city.append(own)
                } else {
                    let whole = ProjectCutFigures(cut: cut, parts: rows)
                    city.append(row(whole, territoryCode: whole.territoryCode))
                }
            }
        }
        let period = Self.period(data)
        func dataset(_ scope: DatasetScope, _ rows: [[Cell]]) -> Dataset {
            Dataset(kind: .historico, scope: scope, table: Table(columns: columns, rows: rows), cut: nil, period: period)
        }
        return data.territories.territories.map { dataset(.territory($0), byTerritory[$0.code] ?? []) }
            + [dataset(.wholeCity, city)]
    }

    /// From the first cut's first day to the latest cut's last day (`2024-T4 a 2025-T2`); nil
    /// without cuts.
    static func period(_ data: CityData) -> DatasetPeriod? {
        guard let first = data.reports.first?.cut, let last = data.latest?.cut else { return nil }
        return DatasetPeriod(start: first.periodStart, end: last.periodEnd, label: first == last ? last.id : "\(first.id) a \(last.id)")
    }
}
