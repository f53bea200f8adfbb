/// Reading `territorios.csv`: `codigo,tipo,nombre` and an optional `alias` column.
extension TerritoryCatalog {
    /// The folded texts that name `territory` without an alias: its code, name and slug, and for a
    /// comuna "comuna 06" and "c 6" too (as `resolve` reads them).
    static func writtenKeys(_ territory: Territory) -> [String] {
        var keys = [String(territory.code), key(territory.name), key(territory.slug)]
        if territory.kind == .comuna {
            let padded = Digits.padded(territory.code, width: 2)
            keys += ["comuna \(territory.code)", "comuna \(padded)", "c \(territory.code)", "c \(padded)"]
        }
        return keys
    }

    /// Reads `territorios.csv`; a missing city-wide row is added. Codes, and names and aliases
    /// compared without case or accents, must each name one territory: a clash is an error at the
    /// clashing cell.
    public static func read(_ source: CSVSource, diagnostics: inout Diagnostics) -> TerritoryCatalog? {
        let records = source.records
        guard let header = HeaderMap(records: records, required: ["codigo", "tipo", "nombre"]),
              let codeColumn = header.column("codigo"), let kindColumn = header.column("tipo"),
              let nameColumn = header.column("nombre") else {
            diagnostics.error(SourceLocation(file: source.path, line: 1, column: 1),
                              .source(.missingColumns(["codigo", "tipo", "nombre"])))
            return nil
        }
        let aliasColumn = header.column("alias")
        var territories: [Territory] = []
        var seen = Set<Int>()
        /// Each folded name, slug and alias with the territory that holds it and the line it is on.
        var owners: [String: (code: Int, line: Int)] = [:]
        for record in records.dropFirst(header.headerIndex + 1) {
            let codeText = record[codeColumn].trimmingCharacters(in: .whitespaces)
            guard let code = Int(codeText), (0...9999).contains(code) else {
                diagnostics.error(source.location(record, column: codeColumn), .cell(column: "codigo", .notTerritoryCode(text: codeText)))
                continue
            }
            guard let kind = Territory.Kind(rawValue: HeaderName.normalise(record[kindColumn])) else {
                diagnostics.error(source.location(record, column: kindColumn),
                                  .cell(column: "tipo", .notInList(text: record[kindColumn], allowed: Territory.Kind.allCases.map(\.rawValue))))
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
            let aliases = aliasColumn.map { column in
                record[column].split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            } ?? []
            let territory = Territory(code: code, kind: kind, name: name, aliases: aliases)
            guard Slug.isSafeSegment(territory.slug) else {
                diagnostics.error(source.location(record, column: nameColumn),
                                  .cell(column: "nombre", .territoryNameWithoutSlug(text: name)))
                continue
            }
            let line = source.location(record, column: nameColumn).line
            var clashed = false
            var own = Set<String>()
            func claim(_ text: String, keys: [String], column: Int, header: String) {
                for key in keys where own.insert(key).inserted {
                    if let owner = owners[key] {
                        diagnostics.error(source.location(record, column: column),
                                          .cell(column: header, .territoryNameTaken(text: text, code: owner.code, line: owner.line)))
                        clashed = true
                        return
                    }
                    owners[key] = (code, line)
                }
            }
            claim(name, keys: writtenKeys(territory), column: nameColumn, header: "nombre")
            for alias in aliases {
                claim(alias, keys: [key(alias)], column: aliasColumn ?? nameColumn, header: "alias")
            }
            if !clashed { territories.append(territory) }
        }
        if !seen.contains(Territory.cityWideCode) {
            territories.append(Territory(code: Territory.cityWideCode, kind: .ciudad, name: "Toda la ciudad"))
        }
        return TerritoryCatalog(territories)
    }
}
