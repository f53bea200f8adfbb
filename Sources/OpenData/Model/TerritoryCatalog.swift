import Foundation

/// The territories a site publishes, and how to recognise them however a source writes them
/// ("COMUNA 06", "Comuna 6", "6", "PICHINDE", "Pichindé", "EL HORMIGUERO", 51–65, 99).
public struct TerritoryCatalog: Sendable {
    public let territories: [Territory]
    private let byCode: [Int: Territory]
    private let byName: [String: Territory]

    public init(_ territories: [Territory]) {
        self.territories = territories.sorted()
        var byCode: [Int: Territory] = [:]
        var byName: [String: Territory] = [:]
        for territory in territories {
            byCode[territory.code] = territory
            byName[Self.key(territory.name)] = territory
            byName[Self.key(territory.slug)] = territory
        }
        self.byCode = byCode
        self.byName = byName
    }

    /// Every territory but the city-wide one.
    public var local: [Territory] { territories.filter { $0.kind != .ciudad } }

    public subscript(code: Int) -> Territory? { byCode[code] }

    public var cityWide: Territory? { byCode[Territory.cityWideCode] }

    /// Resolves a territory as written in a source, or nil when it is not one of the catalog's.
    public func resolve(_ raw: String) -> Territory? {
        let text = raw.trimmedWhitespace
        if text.isEmpty { return nil }
        if let code = Int(text) ?? Double(text).flatMap({ $0 == $0.rounded() ? Int($0) : nil }) {
            return byCode[code]
        }
        let key = Self.key(text)
        if let found = byName[key] { return found }
        // "COMUNA 06", "Comuna 6", "comuna-06", "C6"
        let words = key.split(separator: " ")
        if let last = words.last, let code = Int(last), words.count == 2,
           ["comuna", "c"].contains(String(words[0])) {
            return byCode[code].flatMap { $0.kind == .comuna ? $0 : nil }
        }
        if ["santiago de cali", "cali", "ciudad", "toda la ciudad", "municipio", "distrito"].contains(key) {
            return cityWide
        }
        return nil
    }

    static func key(_ text: String) -> String {
        HeaderName.normalise(text.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " "))
    }

    /// Cali's 22 comunas, 15 corregimientos and the city-wide code 99.
    public static let cali = TerritoryCatalog(
        (1...22).map { Territory(code: $0, kind: .comuna, name: "Comuna \($0)") }
            + [
                (51, "Navarro"), (52, "El Hormiguero"), (53, "Pance"), (54, "La Buitrera"), (55, "Villacarmelo"),
                (56, "Los Andes"), (57, "Pichindé"), (58, "La Leonera"), (59, "Felidia"), (60, "El Saladito"),
                (61, "La Elvira"), (62, "La Castilla"), (63, "La Paz"), (64, "Montebello"), (65, "Golondrinas"),
            ].map { Territory(code: $0.0, kind: .corregimiento, name: $0.1) }
            + [Territory(code: Territory.cityWideCode, kind: .ciudad, name: "Toda la ciudad")]
    )

    /// Reads `territorios.csv` (`codigo,tipo,nombre`); a missing city-wide row is added.
    public static func read(_ source: CSVSource, diagnostics: inout Diagnostics) -> TerritoryCatalog? {
        let records = source.records
        guard let header = HeaderMap(records: records, required: ["codigo", "tipo", "nombre"]),
              let codeColumn = header.column("codigo"), let kindColumn = header.column("tipo"),
              let nameColumn = header.column("nombre") else {
            diagnostics.error(SourceLocation(file: source.path, line: 1, column: 1),
                              .source(.missingColumns(["codigo", "tipo", "nombre"])))
            return nil
        }
        var territories: [Territory] = []
        var seen = Set<Int>()
        for record in records.dropFirst(header.headerIndex + 1) {
            let codeText = record[codeColumn].trimmingCharacters(in: .whitespaces)
            guard let code = Int(codeText), (0...9999).contains(code) else {
                diagnostics.error(source.location(record, column: codeColumn), .cell(column: "codigo", .notTerritoryCode(text: codeText)))
                continue
            }
            guard let kind = Territory.Kind(rawValue: HeaderName.normalise(record[kindColumn])) else {
                diagnostics.error(source.location(record, column: kindColumn),
                                  .cell(column: "tipo", .notInList(text: record[kindColumn], allowed: ["comuna", "corregimiento", "ciudad"])))
                continue
            }
            let name = record[nameColumn].trimmingCharacters(in: .whitespacesAndNewlines)
            if name.isEmpty {
                diagnostics.error(source.location(record, column: nameColumn), .cell(column: "nombre", .territoryWithoutName))
                continue
            }
            if !seen.insert(code).inserted {
                diagnostics.error(source.location(record, column: codeColumn), .cell(column: "codigo", .duplicateTerritory(code: code)))
                continue
            }
            territories.append(Territory(code: code, kind: kind, name: name))
        }
        if !seen.contains(Territory.cityWideCode) {
            territories.append(Territory(code: Territory.cityWideCode, kind: .ciudad, name: "Toda la ciudad"))
        }
        return TerritoryCatalog(territories)
    }
}
