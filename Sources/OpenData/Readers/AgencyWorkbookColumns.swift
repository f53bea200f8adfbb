import Foundation

/// The columns of an agency sheet of the older "Plan de Acción Proyectos Organismos" workbook
/// (vigencia 2024 up to June). Agencies word their headers differently ("Identificación de la
/// dimensión, línea…" or "Identificación del eje, componente…", "Explicación del avance o retraso a
/// febrero", "Finali-zación"), so each column is known by how its header begins (or, for the
/// dates, what it holds), compared on letters, digits and '%' only, without case or accents.
enum AgencyColumn: CaseIterable {
    case agencyCode, generalCode, level, name, bp
    case productGoal, productIndicator, productTarget, weight, productExecution, productProgress, projectProgress
    case initial, modified, executed, obligated, paid
    case start, end, explanation, responsible

    /// Whether the compacted header text `key` names this column.
    func matches(_ key: String) -> Bool {
        switch self {
        case .agencyCode: key.hasPrefix("codigoorganismo")
        case .generalCode: key.hasPrefix("codigogeneral")
        case .level: key == "clase"
        case .name: key.hasPrefix("identificacion")
        case .bp: key.hasPrefix("clasificacion") || key == "bp" || key.hasPrefix("codigobp")
        case .productGoal: key.hasPrefix("metadeproducto")
        case .productIndicator: key.hasPrefix("indicadordeproducto")
        case .productTarget: key.hasPrefix("valordelametadeproducto")
        case .weight: key.hasPrefix("ponderacion")
        case .productExecution: key.hasPrefix("valordelaejecuciondelproducto")
        case .productProgress: key.hasPrefix("%deejecucionfisica")
        case .projectProgress: key.hasPrefix("%deavancedelproyecto")
        case .initial: key.hasPrefix("presupuestoinicial")
        case .modified: key.hasPrefix("presupuestodefinitivo") || key.hasPrefix("presupuestomodificado")
        case .executed: key.hasPrefix("presupuestoejecutado")
        case .obligated: key.hasPrefix("presupuestoobligado")
        case .paid: key.hasPrefix("presupuestopagos") || key.hasPrefix("presupuestopagado")
        case .start: key.hasSuffix("inicio") && key.contains("mes")
        case .end: key.contains("finali") && key.contains("mes")
        case .explanation: key.hasPrefix("explicacion")
        case .responsible: key.hasPrefix("organismoresponsable")
        }
    }

    /// How the header is written in the June 2024 workbook, for messages.
    var header: String {
        switch self {
        case .agencyCode: "Código organismo"
        case .generalCode: "Código general"
        case .level: "Clase"
        case .name: "Identificación de la dimensión, línea estratégica, programa, indicador y proyectos de inversión"
        case .bp: "Clasificación (BP)"
        case .productGoal: "Meta de producto del proyecto (Descripción)"
        case .productIndicator: "Indicador de producto del proyecto (Descripción)"
        case .productTarget: "Valor de la meta de producto del proyecto"
        case .weight: "Ponderación producto (%)"
        case .productExecution: "Valor de la ejecución del producto del proyecto"
        case .productProgress: "% de ejecución física de los productos del proyecto"
        case .projectProgress: "% de avance del proyecto"
        case .initial: "Presupuesto inicial"
        case .modified: "Presupuesto definitivo"
        case .executed: "Presupuesto ejecutado"
        case .obligated: "Presupuesto obligado"
        case .paid: "Presupuesto pagos"
        case .start: "Día / Mes / Año (Inicio)"
        case .end: "Día / Mes / Año (Finalización)"
        case .explanation: "Explicación del avance o retraso"
        case .responsible: "Organismo responsable"
        }
    }

    /// Columns without which an agency sheet cannot be read.
    static let required: [AgencyColumn] = [.level, .name, .bp, .modified]

    /// A header cell reduced to its letters, digits and '%', without case or accents.
    static func key(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "es_CO"))
        return String(folded.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || $0 == "%" }.map(Character.init))
    }
}

/// Where each agency-sheet column is: found on the first of the first 40 rows that holds every
/// required column.
struct AgencyColumns {
    let headerIndex: Int
    private var positions: [AgencyColumn: Int] = [:]

    init?(records: [CSVRecord]) {
        for (index, record) in records.prefix(HeaderMap.searchRows).enumerated() {
            var found: [AgencyColumn: Int] = [:]
            for (column, cell) in record.fields.enumerated() {
                let key = AgencyColumn.key(cell)
                guard !key.isEmpty else { continue }
                for candidate in AgencyColumn.allCases where found[candidate] == nil && candidate.matches(key) {
                    found[candidate] = column
                    break
                }
            }
            if AgencyColumn.required.allSatisfy({ found[$0] != nil }) {
                headerIndex = index
                positions = found
                return
            }
        }
        return nil
    }

    subscript(column: AgencyColumn) -> Int? { positions[column] }
}
