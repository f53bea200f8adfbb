/// The `ejecucion` table of a budget execution export: its columns (the data dictionary) and how
/// each row is filled. Column names are stable: users' scripts depend on them.
public enum BudgetExecutionTables {
    public static let columns: [Column] = [
        Column.bankCode(municipality: CatalogInfo.defaultMunicipality),
        Column("bpin", .string, title: "Código BPIN", description: "Código del proyecto en el Banco de Programas y Proyectos de Inversión Nacional."),
        Column("nombre_proyecto", .string, title: "Nombre del proyecto", description: "Nombre del proyecto de inversión."),
        Column("codigo_actividad", .string, title: "Código de actividad", description: "Programa presupuestal: código BP seguido del consecutivo de la actividad."),
        Column("actividad", .string, title: "Actividad", description: "Nombre de la actividad."),
        Column("organismo_codigo", .string, title: "Código del organismo", description: "Código del centro gestor (organismo) responsable."),
        Column("organismo", .string, title: "Organismo", description: "Nombre del organismo responsable."),
        Column("fondo_codigo", .string, title: "Código del fondo", description: "Código del fondo (fuente de los recursos)."),
        Column("fondo", .string, title: "Fondo", description: "Nombre del fondo (fuente de los recursos)."),
        Column("origen", .string, title: "Origen", description: "Origen de los recursos como lo escribe la fuente: Territorio (presupuesto participativo) u Organismo."),
        Column("presupuesto_participativo", .integer, title: "Presupuesto participativo", description: "1 si los recursos son presupuesto participativo del territorio (Origen = Territorio), 0 si no."),
        Column("codigo_territorio", .integer, title: "Código del territorio", description: "Comuna (1 a 22), corregimiento (51 a 65), 99 para toda la ciudad u otro código de territorios.csv para una agrupación de territorios (tipo agregado).", required: true),
        Column("territorio", .string, title: "Territorio", description: "Nombre del territorio: comuna, corregimiento, agrupación de territorios o toda la ciudad."),
        Column("vigencia", .string, title: "Vigencia", description: "Vigencia presupuestal como la escribe la fuente (Actual o Reserva)."),
        Column("presupuesto_inicial", .integer, title: "Presupuesto inicial", description: "Presupuesto inicial asignado, en pesos colombianos.", unit: "COP"),
        Column("presupuesto_modificado", .integer, title: "Presupuesto modificado", description: "Presupuesto vigente tras adiciones, reducciones, créditos y contracréditos, en pesos.", unit: "COP"),
        Column("cdp", .integer, title: "Certificados de disponibilidad (CDP)", description: "Total acumulado de certificados de disponibilidad presupuestal, en pesos.", unit: "COP"),
        Column("ejecutado", .integer, title: "Comprometido (RPC)", description: "Total acumulado de registros presupuestales de compromiso, en pesos.", unit: "COP"),
        Column("obligado", .integer, title: "Obligado", description: "Total acumulado de obligaciones (bienes y servicios recibidos), en pesos.", unit: "COP"),
        Column("pagado", .integer, title: "Pagado", description: "Total de pagos, en pesos.", unit: "COP"),
        Column("corte", .string, title: "Corte", description: "Corte de la exportación de ejecución presupuestal (AAAA-MM)."),
        Column("fila_fuente", .integer, title: "Fila en la fuente", description: "Línea del archivo fuente donde empieza la fila.", required: true),
    ]

    public static func lines(_ lines: [BudgetExecutionLine], period: String, territories: TerritoryCatalog) -> Table {
        let rows: [[Cell]] = lines.map { line in
            [
                .str(line.bp), .str(line.bpin), .str(line.projectName), .str(line.activityCode), .str(line.activityName),
                .str(line.agency.code), .str(line.agency.name), .str(line.fundCode), .str(line.fundName), .str(line.origin),
                .int(line.isParticipatory ? 1 : 0), .int(line.territoryCode), .str(territories[line.territoryCode]?.name ?? ""),
                .str(line.validity),
                .int64(line.budget.initial), .int64(line.budget.modified), .int64(line.certified), .int64(line.budget.executed),
                .int64(line.budget.obligated), .int64(line.budget.paid), .str(period), .int(line.source.line),
            ]
        }
        return Table(columns: columns, rows: rows)
    }
}
