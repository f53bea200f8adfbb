/// The columns of the DAP's Cuadro 1S form (MEDE01.03.01.P01.F05), by the header text the form uses.
/// Columns are found by name, never by position: cuts move them around.
enum Cuadro1SColumn: String, CaseIterable {
    case agencyCode = "Cód centro gestor"
    case level1Code = "Nivel 1 PD Cód"
    case level1Name = "Nivel 1 PD Nombre"
    case level2Code = "Nivel 2 PD Cód"
    case level2Name = "Nivel 2 PD Nombre"
    case level3Code = "Nivel 3 PD Cód"
    case level3Name = "Nivel 3 PD Nombre"
    case bpin = "Cód BPIN"
    case bp = "Cód BP"
    case projectName = "Nombre BP"
    case activityCode = "Cód Actividad"
    case activityName = "Nombre Actividad"
    case variables = "Articulación Variables PI"
    case weight = "Ponderación de Actividad"
    case progress1 = "% de Avance Actividad Trimestre I"
    case progress2 = "% de Avance Actividad Trimestre II"
    case progress3 = "% de Avance Actividad Trimestre III"
    case progress4 = "% de Avance Actividad Trimestre IV"
    case explanation1 = "Explicación Actividad Trim I"
    case explanation2 = "Explicación Actividad Trim II"
    case explanation3 = "Explicación Actividad Trim III"
    case explanation4 = "Explicación Actividad Trim IV"
    case planGoalCode = "Meta PD"
    case planGoalName = "Denominación Meta PD"
    case mgaCode = "Cód Producto MGA"
    case mgaName = "Nombre Producto MGA"
    case programmedQuantity = "Cantidad Programada Producto"
    case execution1 = "Ejecución Fisica Trimestre I"
    case execution2 = "Ejecución Fisica Trimestre II"
    case execution3 = "Ejecución Fisica Trimestre III"
    case execution4 = "Ejecución Fisica Trimestre IV"
    /// Appears four times, once per quarter; told apart by position.
    case productProgress = "% de Avance Producto"
    case projectProgress = "% Avance Proyecto"
    case territory = "Comuna"
    case initial = "Presupuesto Inicial"
    case modified = "Presupuesto Modificado"
    case executed = "Ejecución"
    case obligated = "Obligado"
    case paid = "Pagos"
    case start = "Fecha Inicio"
    case end = "Fecha Fin"
    case agencyName = "Nombre Centro Gestor"
    case subAgency = "Subdirección / Subsecretaria"

    /// Columns without which a cut cannot be published.
    static let required: [Cuadro1SColumn] = [
        .agencyCode, .bp, .projectName, .activityCode, .activityName, .territory,
        .initial, .modified, .executed, .obligated, .paid, .agencyName,
    ]

    static let progress: [Cuadro1SColumn] = [.progress1, .progress2, .progress3, .progress4]
    static let explanations: [Cuadro1SColumn] = [.explanation1, .explanation2, .explanation3, .explanation4]
    static let execution: [Cuadro1SColumn] = [.execution1, .execution2, .execution3, .execution4]
}
