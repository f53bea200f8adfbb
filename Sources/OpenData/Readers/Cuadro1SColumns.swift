/// The columns of the DAP's Cuadro 1S form (MEDE01.03.01.P01.F05), by the header text the form uses.
/// Columns are found by name, never by position: cuts move them around. Quarter columns are found by
/// what they measure and their quarter, however the quarter is written (see `Cuadro1SLayout`).
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
    /// Appears once per quarter the cut carries, each after that quarter's product columns; its
    /// quarter is told by them (see `Cuadro1SLayout`).
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

    /// The column's place in `allCases`: readers keep column positions in an array by it, since
    /// hashing the enum hashes its header text (a String) and a row looks up some fifty columns.
    var ordinal: Int {
        switch self {
        case .agencyCode: 0
        case .level1Code: 1
        case .level1Name: 2
        case .level2Code: 3
        case .level2Name: 4
        case .level3Code: 5
        case .level3Name: 6
        case .bpin: 7
        case .bp: 8
        case .projectName: 9
        case .activityCode: 10
        case .activityName: 11
        case .variables: 12
        case .weight: 13
        case .progress1: 14
        case .progress2: 15
        case .progress3: 16
        case .progress4: 17
        case .explanation1: 18
        case .explanation2: 19
        case .explanation3: 20
        case .explanation4: 21
        case .planGoalCode: 22
        case .planGoalName: 23
        case .mgaCode: 24
        case .mgaName: 25
        case .programmedQuantity: 26
        case .execution1: 27
        case .execution2: 28
        case .execution3: 29
        case .execution4: 30
        case .productProgress: 31
        case .projectProgress: 32
        case .territory: 33
        case .initial: 34
        case .modified: 35
        case .executed: 36
        case .obligated: 37
        case .paid: 38
        case .start: 39
        case .end: 40
        case .agencyName: 41
        case .subAgency: 42
        }
    }

    /// Columns without which a cut cannot be published.
    static let required: [Cuadro1SColumn] = [
        .agencyCode, .bp, .projectName, .activityCode, .activityName, .territory,
        .initial, .modified, .executed, .obligated, .paid, .agencyName,
    ]

    static let progress: [Cuadro1SColumn] = [.progress1, .progress2, .progress3, .progress4]
    static let explanations: [Cuadro1SColumn] = [.explanation1, .explanation2, .explanation3, .explanation4]
    static let execution: [Cuadro1SColumn] = [.execution1, .execution2, .execution3, .execution4]

    /// What a quarter column measures and its quarter (1–4); nil for the other columns.
    var quarterly: (stem: String, quarter: Int)? {
        for (stem, columns) in Self.quarterly {
            if let index = columns.firstIndex(of: self) { return (stem, index + 1) }
        }
        return nil
    }

    /// The quarter columns by the stem of their header (`QuarterHeader.stem`).
    static let quarterly: [(stem: String, columns: [Cuadro1SColumn])] = [
        (QuarterHeader.stem("% de Avance Actividad"), progress),
        (QuarterHeader.stem("Explicación Actividad"), explanations),
        (QuarterHeader.stem("Ejecución Fisica"), execution),
    ]

    /// The stems of the product columns whose quarter tells the quarter of the "% de Avance
    /// Producto" that follows them.
    static let productQuarterStems: Set<String> = [
        QuarterHeader.stem("Ejecución Fisica"), QuarterHeader.stem("Explicación Producto"),
    ]
}
