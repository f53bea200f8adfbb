/// The `proyectos` and `actividades` tables of a Cuadro 1S cut: their columns (the data dictionary)
/// and how each row is filled from the model. Column names are stable: users' scripts depend on them.
public enum ProjectTables {
    static let budgetColumns: [Column] = [
        Column("presupuesto_inicial", .integer, title: "Presupuesto inicial", description: "Presupuesto inicial asignado, en pesos colombianos.", unit: "COP"),
        Column("presupuesto_modificado", .integer, title: "Presupuesto modificado", description: "Presupuesto vigente tras adiciones, reducciones y traslados, en pesos.", unit: "COP"),
        Column("ejecutado", .integer, title: "Ejecutado", description: "Valor ejecutado (comprometido), en pesos.", unit: "COP"),
        Column("obligado", .integer, title: "Obligado", description: "Valor obligado (bienes y servicios recibidos), en pesos.", unit: "COP"),
        Column("pagado", .integer, title: "Pagado", description: "Valor pagado, en pesos.", unit: "COP"),
    ]

    static func budgetCells(_ budget: Budget) -> [Cell] {
        [.int64(budget.initial), .int64(budget.modified), .int64(budget.executed), .int64(budget.obligated), .int64(budget.paid)]
    }

    static let projectIdentityColumns: [Column] = [
        Column.bankCode(municipality: CatalogInfo.defaultMunicipality),
        Column("bpin", .string, title: "Código BPIN", description: "Código del proyecto en el Banco de Programas y Proyectos de Inversión Nacional."),
        Column("nombre", .string, title: "Nombre del proyecto", description: "Nombre del proyecto de inversión."),
        Column("organismo_codigo", .string, title: "Código del organismo", description: "Código del centro gestor (organismo) responsable."),
        Column("organismo", .string, title: "Organismo", description: "Nombre del organismo responsable."),
        Column("linea_nivel1_codigo", .string, title: "Código nivel 1 del plan", description: "Código de la dimensión (nivel 1) del Plan de Desarrollo."),
        Column("linea_nivel1", .string, title: "Nivel 1 del plan", description: "Nombre de la dimensión (nivel 1) del Plan de Desarrollo."),
        Column("linea_nivel2_codigo", .string, title: "Código nivel 2 del plan", description: "Código de la línea estratégica (nivel 2) del Plan de Desarrollo."),
        Column("linea_nivel2", .string, title: "Nivel 2 del plan", description: "Nombre de la línea estratégica (nivel 2) del Plan de Desarrollo."),
        Column("linea_nivel3_codigo", .string, title: "Código nivel 3 del plan", description: "Código del programa (nivel 3) del Plan de Desarrollo."),
        Column("linea_nivel3", .string, title: "Nivel 3 del plan", description: "Nombre del programa (nivel 3) del Plan de Desarrollo."),
        Column("codigo_territorio", .integer, title: "Código del territorio", description: "Comuna (1 a 22), corregimiento (51 a 65), 99 para toda la ciudad u otro código de territorios.csv para una agrupación de territorios (tipo agregado).", required: true),
        Column("territorio", .string, title: "Territorio", description: "Nombre del territorio: comuna, corregimiento, agrupación de territorios o toda la ciudad."),
        Column("actividades", .integer, title: "Actividades", description: "Número de actividades del proyecto en el territorio."),
    ]

    static let projectProgressColumns: [Column] = [
        Column("avance_fisico", .number, title: "Avance físico", description: "Avance físico del proyecto reportado por el organismo, de 0 a 100.", unit: "%"),
        Column("avance_financiero", .number, title: "Avance financiero", description: "Ejecutado sobre presupuesto modificado, de 0 a 100.", unit: "%"),
        Column("fecha_inicio", .date, title: "Fecha de inicio", description: "Primera fecha de inicio de sus actividades (ISO 8601)."),
        Column("fecha_fin", .date, title: "Fecha de fin", description: "Última fecha de fin de sus actividades (ISO 8601)."),
        Column("corte", .string, title: "Corte", description: "Corte trimestral del informe Cuadro 1S (AAAA-Tn)."),
    ]

    public static let projectColumns: [Column] = projectIdentityColumns + budgetColumns + projectProgressColumns + ContractTables.figureColumns

    static let activityIdentityColumns: [Column] = [
        Column("codigo_actividad", .string, title: "Código de actividad", description: "Código de la actividad (código BP seguido del consecutivo de la actividad).", required: true),
        Column("bp", .string, title: "Código BP", description: "Código del proyecto al que pertenece la actividad.", required: true),
        Column("nombre", .string, title: "Actividad", description: "Nombre de la actividad."),
        Column("codigo_territorio", .integer, title: "Código del territorio", description: "Comuna (1 a 22), corregimiento (51 a 65), 99 para toda la ciudad u otro código de territorios.csv para una agrupación de territorios (tipo agregado).", required: true),
        Column("territorio", .string, title: "Territorio", description: "Nombre del territorio: comuna, corregimiento, agrupación de territorios o toda la ciudad."),
        Column("ponderacion", .number, title: "Ponderación", description: "Peso de la actividad dentro del proyecto, de 0 a 100.", unit: "%"),
        Column("avance_t1", .number, title: "Avance trimestre I", description: "Avance de la actividad al trimestre I, de 0 a 100.", unit: "%"),
        Column("avance_t2", .number, title: "Avance trimestre II", description: "Avance de la actividad al trimestre II, de 0 a 100.", unit: "%"),
        Column("avance_t3", .number, title: "Avance trimestre III", description: "Avance de la actividad al trimestre III, de 0 a 100.", unit: "%"),
        Column("avance_t4", .number, title: "Avance trimestre IV", description: "Avance de la actividad al trimestre IV, de 0 a 100.", unit: "%"),
        Column("explicacion_t1", .string, title: "Explicación trimestre I", description: "Explicación del organismo sobre el avance del trimestre I."),
        Column("explicacion_t2", .string, title: "Explicación trimestre II", description: "Explicación del organismo sobre el avance del trimestre II."),
        Column("explicacion_t3", .string, title: "Explicación trimestre III", description: "Explicación del organismo sobre el avance del trimestre III."),
        Column("explicacion_t4", .string, title: "Explicación trimestre IV", description: "Explicación del organismo sobre el avance del trimestre IV."),
        Column("meta_pd", .string, title: "Meta del plan", description: "Código de la meta del Plan de Desarrollo."),
        Column("producto_mga_codigo", .string, title: "Código producto MGA", description: "Código del producto en la Metodología General Ajustada (MGA)."),
        Column("producto_mga", .string, title: "Producto MGA", description: "Nombre del producto MGA."),
        Column("cantidad_programada", .number, title: "Cantidad programada", description: "Cantidad programada del producto."),
    ]

    static let activityScheduleColumns: [Column] = [
        Column("fecha_inicio", .date, title: "Fecha de inicio", description: "Fecha de inicio planeada (ISO 8601)."),
        Column("fecha_fin", .date, title: "Fecha de fin", description: "Fecha de fin planeada (ISO 8601)."),
        Column("organismo_codigo", .string, title: "Código del organismo", description: "Código del centro gestor responsable."),
        Column("corte", .string, title: "Corte", description: "Corte trimestral del informe Cuadro 1S (AAAA-Tn)."),
        Column("fila_fuente", .integer, title: "Fila en la fuente", description: "Línea del archivo fuente donde empieza la fila de la actividad.", required: true),
    ]

    public static let activityColumns: [Column] = activityIdentityColumns + budgetColumns + activityScheduleColumns

    /// The `proyectos` table of `projects`; the contract figures of each from `data`, empty without it.
    public static func projects(_ projects: [Project], cut: ReportCut, territories: TerritoryCatalog, contracts data: CityData? = nil) -> Table {
        let published = !(data?.contracts.isEmpty ?? true)
        return Table(columns: projectColumns, rows: projects.map { project in
            projectRow(project, cut: cut, territories: territories)
                + ContractTables.figureCells(data?.contractFigures(bp: project.bp) ?? .empty, published: published)
        })
    }

    /// The `proyectos` row of `project` without its contract figures.
    static func projectRow(_ project: Project, cut: ReportCut, territories: TerritoryCatalog) -> [Cell] {
        let budget = project.budget
        let plan = project.plan + Array(repeating: PlanLevel(code: "", name: ""), count: max(0, 3 - project.plan.count))
        let identity: [Cell] = [
            .str(project.bp), .str(project.bpin), .str(project.name),
            .str(project.agency.code), .str(project.agency.name),
            .str(plan[0].code), .str(plan[0].name), .str(plan[1].code), .str(plan[1].name), .str(plan[2].code), .str(plan[2].name),
            .int(project.territoryCode), .str(territories[project.territoryCode]?.name ?? ""),
            .int(project.activities.count),
        ]
        let financial = budget.financialProgress.map { ($0 * 100).rounded() / 100 }
        let progress: [Cell] = [
            .num(project.physicalProgress), .num(financial), .day(project.start), .day(project.end), .str(cut.id),
        ]
        return identity + budgetCells(budget) + progress
    }

    public static func activities(_ projects: [Project], cut: ReportCut, territories: TerritoryCatalog) -> Table {
        let rows: [[Cell]] = projects.flatMap { project in
            project.activities.map { activityRow($0, of: project, cut: cut, territories: territories) }
        }
        return Table(columns: activityColumns, rows: rows)
    }

    /// The `actividades` row of `activity`, one of `project`'s.
    static func activityRow(_ activity: Activity, of project: Project, cut: ReportCut, territories: TerritoryCatalog) -> [Cell] {
        let weight = activity.weight.map { ($0 * 100 * 1_000_000).rounded() / 1_000_000 }
        var row: [Cell] = []
        row.reserveCapacity(activityColumns.count)
        row += [
            .str(activity.code), .str(activity.bp), .str(activity.name),
            .int(activity.territoryCode), .str(territories[activity.territoryCode]?.name ?? ""), .num(weight),
        ]
        for progress in activity.progress { row.append(.num(progress)) }
        for explanation in activity.explanations { row.append(.str(explanation)) }
        row += [
            .str(activity.product.planGoalCode), .str(activity.product.mgaCode), .str(activity.product.mgaName),
            .num(activity.product.programmedQuantity),
        ]
        row += budgetCells(activity.budget)
        row += [
            .day(activity.start), .day(activity.end), .str(project.agency.code), .str(cut.id), .int(activity.source.line),
        ]
        return row
    }
}
