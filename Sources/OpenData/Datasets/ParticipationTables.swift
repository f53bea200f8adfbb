/// The `acciones` (participation action plans) and `problemas` (prioritized problems with their
/// matching investment) tables: their columns and how each row is filled from the model.
public enum ParticipationTables {
    public static let actionColumns: [Column] = [
        Column("organismo_codigo", .string, title: "Código del organismo", description: "Código del centro gestor (organismo) que realiza la acción.", required: true),
        Column("organismo", .string, title: "Organismo", description: "Nombre del organismo."),
        Column("procedimiento", .string, title: "Procedimiento", description: "Planeación Participativa, Control Social o Promoción de la Participación.", required: true),
        Column("fase", .string, title: "Fase del ciclo de la gestión", description: "diagnóstico, formulación, implementación, seguimiento o evaluación.", required: true),
        Column("actividad", .string, title: "Actividad", description: "Acción de participación que realiza el organismo.", required: true),
        Column("grupo_de_valor", .string, title: "Grupo de valor", description: "Grupo de ciudadanos o interesados con quienes se realiza la acción."),
        Column("modalidad", .string, title: "Modalidad", description: "presencial, electrónica o mixta.", required: true),
        Column("territorios", .string, title: "Territorios", description: "Códigos de los territorios separados por ';' (99 = toda la ciudad)."),
        Column("codigo_territorio", .integer, title: "Código del territorio", description: "Territorio de este conjunto de datos al que toca la acción; vacío en el conjunto de toda la ciudad."),
        Column("fecha_inicio", .date, title: "Fecha de inicio", description: "Fecha de inicio planeada (ISO 8601)."),
        Column("fecha_fin", .date, title: "Fecha de fin", description: "Fecha de fin planeada (ISO 8601)."),
        Column("meta", .string, title: "Meta", description: "Meta de la acción."),
        Column("indicador", .string, title: "Indicador", description: "Indicador con que se mide la meta."),
        Column("avance", .number, title: "Avance", description: "Avance de la acción, de 0 a 100.", unit: "%"),
        Column("evidencia_url", .string, title: "Evidencia", description: "Enlace a la evidencia de la acción."),
        Column("fila_fuente", .integer, title: "Fila en la fuente", description: "Línea de planes/acciones.csv donde está la acción.", required: true),
    ]

    public static let problemColumns: [Column] = [
        Column("codigo_territorio", .integer, title: "Código del territorio", description: "Comuna (1 a 22), corregimiento (51 a 65), 99 para toda la ciudad u otro código de territorios.csv para una agrupación de territorios (tipo agregado).", required: true),
        Column("territorio", .string, title: "Territorio", description: "Nombre del territorio: comuna, corregimiento, agrupación de territorios o toda la ciudad."),
        Column("prioridad", .integer, title: "Prioridad", description: "Orden de prioridad del problema en el territorio (1 = la más alta).", required: true),
        Column("linea_pd", .string, title: "Línea del Plan de Desarrollo", description: "Código del nivel 1 o nivel 2 del Plan de Desarrollo al que corresponde el problema.", required: true),
        Column("linea_pd_nombre", .string, title: "Nombre de la línea", description: "Nombre de la línea según el Cuadro 1S; vacío si ningún proyecto la tiene en el territorio."),
        Column("problema", .string, title: "Problema", description: "Problema priorizado en el diagnóstico participativo.", required: true),
        Column("causas", .string, title: "Causas", description: "Causas identificadas del problema."),
        Column("consecuencias", .string, title: "Consecuencias", description: "Consecuencias identificadas del problema."),
        Column("poblacion_afectada", .integer, title: "Población afectada", description: "Número de personas afectadas.", unit: "personas"),
        Column("documento_fuente", .string, title: "Documento fuente", description: "Diagnóstico o documento donde se priorizó el problema."),
        Column("anio", .integer, title: "Año", description: "Año del diagnóstico."),
        Column("inversion", .string, title: "Inversión asociada", description: "«con inversión» si hay proyectos del territorio en la misma línea del plan; si no, «sin inversión asociada»."),
        Column("proyectos_asociados", .integer, title: "Proyectos asociados", description: "Número de proyectos del territorio en la misma línea del Plan de Desarrollo (último corte del Cuadro 1S)."),
        Column("bp_asociados", .string, title: "Códigos BP asociados", description: "Códigos BP de esos proyectos, separados por ';'."),
        Column("presupuesto_modificado", .integer, title: "Presupuesto modificado asociado", description: "Suma del presupuesto modificado de los proyectos asociados en el territorio, en pesos.", unit: "COP"),
        Column("ejecutado", .integer, title: "Ejecutado asociado", description: "Suma del valor ejecutado (comprometido) de los proyectos asociados en el territorio, en pesos.", unit: "COP"),
        Column("avance_fisico_promedio", .number, title: "Avance físico promedio", description: "Promedio simple del avance físico de los proyectos asociados, de 0 a 100.", unit: "%"),
        Column("corte", .string, title: "Corte", description: "Corte del Cuadro 1S con que se buscó la inversión (AAAA-Tn)."),
        Column("fila_fuente", .integer, title: "Fila en la fuente", description: "Línea de diagnosticos/problemas.csv donde está el problema.", required: true),
    ]

    /// Actions, each with the territory of the dataset it is written in (nil for the whole city).
    public static func actions(_ actions: [ParticipationAction], territoryCode: Int?) -> Table {
        let rows: [[Cell]] = actions.map { action in
            [
                .str(action.agency.code), .str(action.agency.name), .str(action.procedure.rawValue), .str(action.phase.rawValue),
                .str(action.activity), .str(action.valueGroup), .str(action.modality.rawValue),
                .str(action.territoryCodes.map(String.init).joined(separator: ";")), .int(territoryCode),
                .day(action.start), .day(action.end), .str(action.goal), .str(action.indicator), .num(action.progress),
                .str(action.evidenceURL), .int(action.source.line),
            ]
        }
        return Table(columns: actionColumns, rows: rows)
    }

    public static func problems(_ matched: [ProblemInvestment], cut: ReportCut?, territories: TerritoryCatalog) -> Table {
        let rows: [[Cell]] = matched.map { item in
            let problem = item.problem
            let budget = item.budget
            let progress = item.meanPhysicalProgress.map { ($0 * 100).rounded() / 100 }
            return [
                .int(problem.territoryCode), .str(territories[problem.territoryCode]?.name ?? ""), .int(problem.priority),
                .str(problem.planLine), .str(item.planLineName), .str(problem.problem), .str(problem.causes),
                .str(problem.consequences), .int(problem.affectedPopulation), .str(problem.sourceDocument), .int(problem.year),
                .str(item.hasInvestment ? "con inversión" : "sin inversión asociada"), .int(item.projects.count),
                .str(item.projects.map(\.bp).joined(separator: ";")),
                item.hasInvestment ? .int64(budget.modified) : .integer(0), item.hasInvestment ? .int64(budget.executed) : .integer(0),
                .num(progress), .str(cut?.id ?? ""), .int(problem.source.line),
            ]
        }
        return Table(columns: problemColumns, rows: rows)
    }

    /// The `acciones` and `problemas` datasets of every territory and of the whole city. Actions
    /// with several territories appear in each; city-wide actions in `ciudad`.
    public static func datasets(for data: CityData) -> [Dataset] {
        let cut = data.latest?.cut
        let plan = planPeriod(data.actions)
        var datasets: [Dataset] = []
        for territory in data.territories.territories {
            datasets.append(Dataset(kind: .acciones, scope: .territory(territory),
                                    table: actions(data.actions(in: territory.code), territoryCode: territory.code), cut: nil, period: plan))
            datasets.append(Dataset(kind: .problemas, scope: .territory(territory),
                                    table: problems(data.problemInvestment(in: territory.code), cut: cut, territories: data.territories),
                                    cut: cut))
        }
        datasets.append(Dataset(kind: .acciones, scope: .wholeCity,
                                table: actions(data.actions.sorted(by: ParticipationAction.chronological), territoryCode: nil),
                                cut: nil, period: plan))
        let allProblems = data.territories.territories.flatMap { data.problemInvestment(in: $0.code) }
        datasets.append(Dataset(kind: .problemas, scope: .wholeCity,
                                table: problems(allProblems, cut: cut, territories: data.territories), cut: cut))
        return datasets
    }

    /// From the first start to the last end of the plan's actions: the period every action list covers.
    static func planPeriod(_ actions: [ParticipationAction]) -> DatasetPeriod? {
        let days = actions.flatMap { [$0.start, $0.end].compactMap { $0 } }
        guard let first = days.min(), let last = days.max() else { return nil }
        return DatasetPeriod(start: first, end: last, label: first.year == last.year ? "plan-\(first.year)" : "plan-\(first.year)-\(last.year)")
    }
}
