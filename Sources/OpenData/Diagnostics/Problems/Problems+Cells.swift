/// Why a cell's value is not acceptable in its column: a key that names nothing, a value outside
/// its range or list, a missing required value. `text` is the cell as written, trimmed.
public enum CellProblem: ProblemKind {
    /// Both day-first and month-first readings were dates; `read` is the month-first one kept.
    case ambiguousDate(text: String, read: LocalDate)
    /// As `ambiguousDate`, read day first because the column's unambiguous dates of the same shape are.
    case ambiguousDateDayFirst(text: String, read: LocalDate)
    case notWholeNumber(text: String)
    case outOfRange(text: String, lowest: Double, highest: Double)
    case notInList(text: String, allowed: [String])
    case notTime(text: String)
    case notISODate(text: String)
    case notWebLink(text: String)
    case endBeforeStart(end: LocalDate, startColumn: String, start: LocalDate)
    case notAbsoluteURL(text: String)
    case unknownTerritory(text: String)
    case missingTerritory
    case missingBPCode
    case invalidBPCode(text: String)
    case missingActivityCode
    case problemWithoutTerritory
    case problemWithoutPlanLine
    case notPlanCode(text: String)
    case missingProblem
    case notPriority(text: String)
    case actionWithoutAgency
    case notAgencyCode(text: String)
    case actionWithoutActivity
    case notTerritoryCode(text: String)
    case notDANECode(text: String)
    case territoryWithoutName
    case duplicateTerritory(code: Int)
    /// A name or alias of `territorios.csv` that another territory (on `line`) already holds.
    case territoryNameTaken(text: String, code: Int, line: Int)
    /// A territory name with no letter or digit to make its URL from.
    case territoryNameWithoutSlug(text: String)

    public enum Code: String, CaseIterable, Sendable {
        case ambiguousDate = "ambiguous_date"
        case ambiguousDateDayFirst = "ambiguous_date_day_first"
        case notWholeNumber = "not_whole_number"
        case outOfRange = "out_of_range"
        case notInList = "not_in_list"
        case notTime = "not_time"
        case notISODate = "not_iso_date"
        case notWebLink = "not_web_link"
        case endBeforeStart = "end_before_start"
        case notAbsoluteURL = "not_absolute_url"
        case unknownTerritory = "unknown_territory"
        case missingTerritory = "missing_territory"
        case missingBPCode = "missing_bp_code"
        case invalidBPCode = "invalid_bp_code"
        case missingActivityCode = "missing_activity_code"
        case problemWithoutTerritory = "problem_without_territory"
        case problemWithoutPlanLine = "problem_without_plan_line"
        case notPlanCode = "not_plan_code"
        case missingProblem = "missing_problem"
        case notPriority = "not_priority"
        case actionWithoutAgency = "action_without_agency"
        case notAgencyCode = "not_agency_code"
        case actionWithoutActivity = "action_without_activity"
        case notTerritoryCode = "not_territory_code"
        case notDANECode = "not_dane_code"
        case territoryWithoutName = "territory_without_name"
        case duplicateTerritory = "duplicate_territory"
        case territoryNameTaken = "territory_name_taken"
        case territoryNameWithoutSlug = "territory_name_without_slug"
    }

    public var code: Code {
        switch self {
        case .ambiguousDate: .ambiguousDate
        case .ambiguousDateDayFirst: .ambiguousDateDayFirst
        case .notWholeNumber: .notWholeNumber
        case .outOfRange: .outOfRange
        case .notInList: .notInList
        case .notTime: .notTime
        case .notISODate: .notISODate
        case .notWebLink: .notWebLink
        case .endBeforeStart: .endBeforeStart
        case .notAbsoluteURL: .notAbsoluteURL
        case .unknownTerritory: .unknownTerritory
        case .missingTerritory: .missingTerritory
        case .missingBPCode: .missingBPCode
        case .invalidBPCode: .invalidBPCode
        case .missingActivityCode: .missingActivityCode
        case .problemWithoutTerritory: .problemWithoutTerritory
        case .problemWithoutPlanLine: .problemWithoutPlanLine
        case .notPlanCode: .notPlanCode
        case .missingProblem: .missingProblem
        case .notPriority: .notPriority
        case .actionWithoutAgency: .actionWithoutAgency
        case .notAgencyCode: .notAgencyCode
        case .actionWithoutActivity: .actionWithoutActivity
        case .notTerritoryCode: .notTerritoryCode
        case .notDANECode: .notDANECode
        case .territoryWithoutName: .territoryWithoutName
        case .duplicateTerritory: .duplicateTerritory
        case .territoryNameTaken: .territoryNameTaken
        case .territoryNameWithoutSlug: .territoryNameWithoutSlug
        }
    }

    public var english: String {
        let q = Quote.english
        return switch self {
        case .ambiguousDate(let text, let read): "\(q(text)) is ambiguous; read month first as \(read.iso)"
        case .ambiguousDateDayFirst(let text, let read):
            "\(q(text)) is ambiguous; read day first as \(read.iso), like this column's unambiguous dates written the same way"
        case .notWholeNumber(let text): "\(q(text)) is not a whole number"
        case .outOfRange(let text, let lowest, let highest):
            "\(q(text)) is outside \(NumberText.format(lowest))–\(NumberText.format(highest))"
        case .notInList(let text, let allowed): "\(q(text)) is not one of \(allowed.joined(separator: ", "))"
        case .notTime(let text): "\(q(text)) is not a time (HH:MM)"
        case .notISODate(let text): "\(q(text)) is not a date (yyyy-mm-dd)"
        case .notWebLink(let text): "\(q(text)) is not an http(s) link; left empty"
        case .endBeforeStart(let end, let startColumn, let start): "\(end.iso) is before \(startColumn) \(start.iso)"
        case .notAbsoluteURL(let text): "\(q(text)) must be an absolute http(s) URL"
        case .unknownTerritory(let text):
            "unknown territory \(q(text)); add it to territorios.csv as an alias of a territory or as an aggregate (tipo agregado)"
        case .missingTerritory: "the row has no territory"
        case .missingBPCode: "the row has no BP code"
        case .invalidBPCode(let text): "\(q(text)) is not a valid BP code"
        case .missingActivityCode: "the row has no activity code"
        case .problemWithoutTerritory: "the problem has no territory"
        case .problemWithoutPlanLine: "the problem has no development-plan line"
        case .notPlanCode(let text): "\(q(text)) is not a development-plan code (Nivel 1 or Nivel 2, digits)"
        case .missingProblem: "the row has no problem"
        case .notPriority(let text): "\(q(text)) is not a priority (1 = highest)"
        case .actionWithoutAgency: "the action has no agency code"
        case .notAgencyCode(let text): "\(q(text)) is not an agency code"
        case .actionWithoutActivity: "the action has no activity"
        case .notTerritoryCode(let text): "\(q(text)) is not a territory code"
        case .notDANECode(let text): "\(q(text)) is not a DANE municipality code (five digits)"
        case .territoryWithoutName: "the territory has no name"
        case .duplicateTerritory(let code): "territory \(code) appears twice"
        case .territoryNameTaken(let text, let code, let line): "\(q(text)) already names territory \(code) (line \(line))"
        case .territoryNameWithoutSlug(let text): "\(q(text)) makes no web address (it needs letters or digits)"
        }
    }

    public var spanish: String {
        let q = Quote.spanish
        return switch self {
        case .ambiguousDate(let text, let read): "\(q(text)) es ambigua; se leyó con el mes primero, como \(read.iso)"
        case .ambiguousDateDayFirst(let text, let read):
            "\(q(text)) es ambigua; se leyó con el día primero, como \(read.iso), igual que las fechas inequívocas de esta columna escritas de la misma forma"
        case .notWholeNumber(let text): "\(q(text)) no es un número entero"
        case .outOfRange(let text, let lowest, let highest):
            "\(q(text)) está fuera del rango \(NumberText.format(lowest))–\(NumberText.format(highest))"
        case .notInList(let text, let allowed): "\(q(text)) no es uno de estos valores: \(allowed.joined(separator: ", "))"
        case .notTime(let text): "\(q(text)) no es una hora (HH:MM)"
        case .notISODate(let text): "\(q(text)) no es una fecha (aaaa-mm-dd)"
        case .notWebLink(let text): "\(q(text)) no es un enlace http(s); se dejó vacío"
        case .endBeforeStart(let end, let startColumn, let start): "\(end.iso) es anterior a \(startColumn) \(start.iso)"
        case .notAbsoluteURL(let text): "\(q(text)) debe ser una URL http(s) absoluta"
        case .unknownTerritory(let text):
            "territorio desconocido \(q(text)); agréguelo en territorios.csv como alias de un territorio o como agregado (tipo agregado)"
        case .missingTerritory: "la fila no tiene territorio"
        case .missingBPCode: "la fila no tiene código BP"
        case .invalidBPCode(let text): "\(q(text)) no es un código BP válido"
        case .missingActivityCode: "la fila no tiene código de actividad"
        case .problemWithoutTerritory: "el problema no tiene territorio"
        case .problemWithoutPlanLine: "el problema no tiene línea del plan de desarrollo"
        case .notPlanCode(let text): "\(q(text)) no es un código del plan de desarrollo (Nivel 1 o Nivel 2, en dígitos)"
        case .missingProblem: "la fila no tiene problema"
        case .notPriority(let text): "\(q(text)) no es una prioridad (1 = la más alta)"
        case .actionWithoutAgency: "la acción no tiene código de organismo"
        case .notAgencyCode(let text): "\(q(text)) no es un código de organismo"
        case .actionWithoutActivity: "la acción no tiene actividad"
        case .notTerritoryCode(let text): "\(q(text)) no es un código de territorio"
        case .notDANECode(let text): "\(q(text)) no es un código DANE de municipio (cinco dígitos)"
        case .territoryWithoutName: "el territorio no tiene nombre"
        case .duplicateTerritory(let code): "el territorio \(code) aparece dos veces"
        case .territoryNameTaken(let text, let code, let line): "\(q(text)) ya nombra al territorio \(code) (línea \(line))"
        case .territoryNameWithoutSlug(let text): "\(q(text)) no da una dirección web (necesita letras o dígitos)"
        }
    }

    public var fields: [ProblemField] {
        switch self {
        case .ambiguousDate(let text, let read), .ambiguousDateDayFirst(let text, let read):
            [ProblemField("text", .text(text)), ProblemField("read", .date(read))]
        case .outOfRange(let text, let lowest, let highest):
            [ProblemField("text", .text(text)), ProblemField("lowest", .number(lowest)), ProblemField("highest", .number(highest))]
        case .notInList(let text, let allowed): [ProblemField("text", .text(text)), ProblemField("allowed", .list(allowed))]
        case .endBeforeStart(let end, let startColumn, let start):
            [ProblemField("end", .date(end)), ProblemField("start_column", .text(startColumn)), ProblemField("start", .date(start))]
        case .duplicateTerritory(let code): [ProblemField("code", .integer(code))]
        case .territoryNameTaken(let text, let code, let line):
            [ProblemField("text", .text(text)), ProblemField("code", .integer(code)), ProblemField("line", .integer(line))]
        case .territoryNameWithoutSlug(let text): [ProblemField("text", .text(text))]
        case .notWholeNumber(let text), .notTime(let text), .notISODate(let text), .notWebLink(let text),
             .notAbsoluteURL(let text), .unknownTerritory(let text), .invalidBPCode(let text), .notPlanCode(let text),
             .notPriority(let text), .notAgencyCode(let text), .notTerritoryCode(let text), .notDANECode(let text):
            [ProblemField("text", .text(text))]
        case .missingTerritory, .missingBPCode, .missingActivityCode, .problemWithoutTerritory, .problemWithoutPlanLine,
             .missingProblem, .actionWithoutAgency, .actionWithoutActivity, .territoryWithoutName:
            []
        }
    }

    public static func sample(_ code: Code) -> CellProblem {
        let day = LocalDate(year: 2025, month: 3, day: 4)!
        return switch code {
        case .ambiguousDate: .ambiguousDate(text: "3/4/2025", read: day)
        case .ambiguousDateDayFirst: .ambiguousDateDayFirst(text: "04/03/2025", read: day)
        case .notWholeNumber: .notWholeNumber(text: "9,5")
        case .outOfRange: .outOfRange(text: "150", lowest: 0, highest: 100)
        case .notInList: .notInList(text: "virtual", allowed: ["presencial", "mixta"])
        case .notTime: .notTime(text: "25:00")
        case .notISODate: .notISODate(text: "04/03/2025")
        case .notWebLink: .notWebLink(text: "ftp://x")
        case .endBeforeStart: .endBeforeStart(end: day, startColumn: "fecha_inicio", start: LocalDate(year: 2025, month: 5, day: 1)!)
        case .notAbsoluteURL: .notAbsoluteURL(text: "cali.gov.co")
        case .unknownTerritory: .unknownTerritory(text: "88")
        case .missingTerritory: .missingTerritory
        case .missingBPCode: .missingBPCode
        case .invalidBPCode: .invalidBPCode(text: "BP/1")
        case .missingActivityCode: .missingActivityCode
        case .problemWithoutTerritory: .problemWithoutTerritory
        case .problemWithoutPlanLine: .problemWithoutPlanLine
        case .notPlanCode: .notPlanCode(text: "L1")
        case .missingProblem: .missingProblem
        case .notPriority: .notPriority(text: "0")
        case .actionWithoutAgency: .actionWithoutAgency
        case .notAgencyCode: .notAgencyCode(text: "X")
        case .actionWithoutActivity: .actionWithoutActivity
        case .notTerritoryCode: .notTerritoryCode(text: "A1")
        case .notDANECode: .notDANECode(text: "7600")
        case .territoryWithoutName: .territoryWithoutName
        case .duplicateTerritory: .duplicateTerritory(code: 6)
        case .territoryNameTaken: .territoryNameTaken(text: "Pance", code: 53, line: 40)
        case .territoryNameWithoutSlug: .territoryNameWithoutSlug(text: "--")
        }
    }
}
