/// Reads `agenda.csv` (`fecha,hora,territorio,tipo,lugar,descripcion`): one participation date per
/// row. Dates are ISO (yyyy-mm-dd) or d/m/yyyy; times HH:MM; the territory is resolved by the catalog
/// (empty, "ciudad" or 99 mean the whole city).
public struct AgendaReader: Sendable {
    public let territories: TerritoryCatalog

    public init(territories: TerritoryCatalog) {
        self.territories = territories
    }

    public func read(_ source: CSVSource, diagnostics: inout Diagnostics) -> [AgendaEvent] {
        let records = source.records
        guard let header = HeaderMap(records: records, required: ["fecha", "descripcion"]),
              let dateColumn = header.column("fecha"), let descriptionColumn = header.column("descripcion") else {
            diagnostics.error(SourceLocation(file: source.path, line: 1, column: 1), .source(.missingColumns(["fecha", "descripcion"])))
            return []
        }
        let timeColumn = header.column("hora"), territoryColumn = header.column("territorio")
        let kindColumn = header.column("tipo"), placeColumn = header.column("lugar")
        func field(_ record: CSVRecord, _ column: Int?) -> String {
            guard let column else { return "" }
            return record[column].trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var events: [AgendaEvent] = []
        for record in records.dropFirst(header.headerIndex + 1) {
            let dateText = field(record, dateColumn)
            let description = field(record, descriptionColumn)
            if dateText.isEmpty && description.isEmpty { continue }
            guard let date = Self.date(dateText) else {
                diagnostics.error(source.location(record, column: dateColumn), .cell(column: "fecha", .notISODate(text: dateText)))
                continue
            }
            var hour: Int?, minute: Int?
            let timeText = field(record, timeColumn)
            if !timeText.isEmpty {
                let parts = timeText.split(separator: ":")
                if parts.count >= 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m) {
                    hour = h
                    minute = m
                } else {
                    diagnostics.warning(source.location(record, column: timeColumn ?? 0), .cell(column: "hora", .notTime(text: timeText)))
                }
            }
            var territoryCode: Int?
            let territoryText = field(record, territoryColumn)
            if !territoryText.isEmpty, HeaderName.normalise(territoryText) != "ciudad" {
                guard let territory = territories.resolve(territoryText) else {
                    diagnostics.error(source.location(record, column: territoryColumn ?? 0), .cell(column: "territorio", .unknownTerritory(text: territoryText)))
                    continue
                }
                territoryCode = territory.kind == .ciudad ? nil : territory.code
            }
            events.append(AgendaEvent(date: date, hour: hour, minute: minute, territoryCode: territoryCode,
                                      kind: field(record, kindColumn), place: field(record, placeColumn),
                                      description: description, source: source.location(record, column: dateColumn)))
        }
        return events.sorted(by: AgendaEvent.ordered)
    }

    static func date(_ text: String) -> LocalDate? {
        if let date = LocalDate(iso: text) { return date }
        let parts = text.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return LocalDate(year: parts[2], month: parts[1], day: parts[0])
    }
}
