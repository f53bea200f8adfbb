import Foundation

/// Reads `planes/acciones.csv`, one row per action of an agency's participation action plan, by
/// header name. Procedure, phase and modality must be one of their lists (without case or accents)
/// and territories must be known: otherwise the row is an error at its line and column. Unreadable
/// dates, progress or evidence links are warnings and are left empty.
public struct ParticipationActionReader {
    public let territories: TerritoryCatalog

    public init(territories: TerritoryCatalog) {
        self.territories = territories
    }

    public enum Column {
        public static let agencyCode = "organismo_codigo"
        public static let agencyName = "organismo"
        public static let procedure = "procedimiento"
        public static let phase = "fase"
        public static let activity = "actividad"
        public static let valueGroup = "grupo_de_valor"
        public static let modality = "modalidad"
        public static let territories = "territorios"
        public static let start = "fecha_inicio"
        public static let end = "fecha_fin"
        public static let goal = "meta"
        public static let indicator = "indicador"
        public static let progress = "avance"
        public static let evidence = "evidencia_url"

        static let required = [agencyCode, procedure, phase, activity, modality]
    }

    public func read(_ source: CSVSource, diagnostics: inout Diagnostics) -> [ParticipationAction] {
        guard let table = NamedColumns(source: source, required: Column.required, diagnostics: &diagnostics) else { return [] }
        var actions: [ParticipationAction] = []
        for record in table.rows {
            var problems = Diagnostics()
            let agencyCode = table.text(record, Column.agencyCode)
            if !Slug.isSafeSegment(agencyCode) {
                problems.error(table.location(record, Column.agencyCode),
                               .cell(column: Column.agencyCode,
                                     agencyCode.isEmpty ? .actionWithoutAgency : .notAgencyCode(text: agencyCode)))
            }
            let procedure = table.choice(record, Column.procedure, as: ParticipationProcedure.self, diagnostics: &problems)
            let phase = table.choice(record, Column.phase, as: ManagementPhase.self, diagnostics: &problems)
            let modality = table.choice(record, Column.modality, as: ParticipationModality.self, diagnostics: &problems)
            let activity = table.text(record, Column.activity)
            if activity.isEmpty {
                problems.error(table.location(record, Column.activity), .cell(column: Column.activity, .actionWithoutActivity))
            }
            let codes = territoryCodes(record, table: table, diagnostics: &problems)
            let start = table.date(record, Column.start, diagnostics: &problems)
            let end = table.date(record, Column.end, diagnostics: &problems)
            if let start, let end, end < start {
                problems.warning(table.location(record, Column.end), .cell(column: Column.end, .endBeforeStart(end: end, startColumn: Column.start, start: start)))
            }
            let progress = table.number(record, Column.progress, in: 0...100, diagnostics: &problems)
            var evidence = table.text(record, Column.evidence)
            if !evidence.isEmpty && !Self.isWebLink(evidence) {
                problems.warning(table.location(record, Column.evidence), .cell(column: Column.evidence, .notWebLink(text: evidence)))
                evidence = ""
            }
            let failed = problems.hasErrors
            diagnostics.append(contentsOf: problems)
            guard !failed, let procedure, let phase, let modality, let codes else { continue }
            actions.append(ParticipationAction(
                agency: Agency(code: agencyCode, name: table.text(record, Column.agencyName)),
                procedure: procedure, phase: phase, activity: activity,
                valueGroup: table.text(record, Column.valueGroup), modality: modality, territoryCodes: codes,
                start: start, end: end, goal: table.text(record, Column.goal), indicator: table.text(record, Column.indicator),
                progress: progress, evidenceURL: evidence,
                source: SourceLocation(file: source.path, line: record.line, column: 1)))
        }
        return actions
    }

    /// Codes separated by ';' (or ','); empty or 99 means city-wide. Nil after an error.
    func territoryCodes(_ record: CSVRecord, table: NamedColumns, diagnostics: inout Diagnostics) -> [Int]? {
        let raw = table.text(record, Column.territories)
        var codes: [Int] = []
        for part in raw.split(whereSeparator: { $0 == ";" || $0 == "," }) {
            let text = part.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            guard let territory = territories.resolve(text) else {
                diagnostics.error(table.location(record, Column.territories), .cell(column: Column.territories, .unknownTerritory(text: text)))
                return nil
            }
            if !codes.contains(territory.code) { codes.append(territory.code) }
        }
        if codes.isEmpty { return [Territory.cityWideCode] }
        return codes.contains(Territory.cityWideCode) ? [Territory.cityWideCode] : codes.sorted()
    }

    /// http or https, with no spaces, quotes, angle brackets or control characters.
    static func isWebLink(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return false }
        return !text.unicodeScalars.contains { $0.value < 0x20 || $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\u{7F}" }
    }
}
