import Foundation
import Testing
@testable import OpenData

/// How territory cells resolve (codes, names, aliases, aggregates) and how `territorios.csv` is read.
@Suite(.tags(.unit)) struct TerritoryCatalogTests {
    static func read(_ text: String) -> (catalog: TerritoryCatalog?, messages: [String]) {
        var diagnostics = Diagnostics()
        guard let source = CSVSource.parse(Array(text.utf8), displayPath: "territorios.csv", diagnostics: &diagnostics) else {
            return (nil, diagnostics.items.map(\.formatted))
        }
        let catalog = TerritoryCatalog.read(source, diagnostics: &diagnostics)
        return (catalog, diagnostics.sorted.map(\.formatted))
    }

    @Test(arguments: [("6", 6), ("06", 6), ("6.0", 6), (" 6 ", 6), ("99", 99), ("57", 57), ("057", 57), ("6,00", 6)])
    func codes(text: String, code: Int) {
        #expect(TerritoryCatalog.builtIn.resolve(text)?.code == code)
    }

    @Test(arguments: ["6.5", "23", "-6", "1e400", "0x6", "6.", "+6", "6.0.0"])
    func codesNotInTheCatalog(text: String) {
        #expect(TerritoryCatalog.builtIn.resolve(text) == nil)
    }

    /// Spellings of the Alcaldía's files (the September 2024 Cuadro 1S, the budget execution exports).
    @Test(arguments: [
        ("COMUNA 6", 6), ("COMUNA 06", 6), ("Comuna 6", 6), ("comuna-06", 6), ("COMUNA  21", 21), ("PICHINDÉ", 57),
        ("PICHINDE", 57), ("Pichinde", 57), ("pichindé", 57), ("EL HORMIGUERO", 52), ("El Hormiguero", 52),
        ("LA CASTILLA", 62), ("VILLACARMELO", 55), ("Corregimiento de Pance", 53), ("CORREGIMIENTO PANCE", 53),
        ("SANTIAGO DE CALI", 99), ("Toda la ciudad", 99),
    ])
    func namesWithoutCaseOrAccents(text: String, code: Int) {
        #expect(TerritoryCatalog.builtIn.resolve(text)?.code == code)
    }

    /// Every built-in territory answers to its name in capitals, with or without accents, and to its
    /// code written padded, as the Alcaldía's exports write them.
    @Test func everyBuiltInTerritoryInCapitals() {
        for territory in TerritoryCatalog.builtIn.territories {
            let capitals = territory.name.uppercased()
            let plain = capitals.folding(options: .diacriticInsensitive, locale: nil)
            #expect(TerritoryCatalog.builtIn.resolve(capitals) == territory, "\(capitals)")
            #expect(TerritoryCatalog.builtIn.resolve(plain) == territory, "\(plain)")
            #expect(TerritoryCatalog.builtIn.resolve("0\(territory.code)") == territory)
        }
    }

    @Test func namesOfAnotherKindDoNotResolve() {
        #expect(TerritoryCatalog.builtIn.resolve("COMUNA 57") == nil)
        #expect(TerritoryCatalog.builtIn.resolve("Corregimiento 6") == nil)
        #expect(TerritoryCatalog.builtIn.resolve("ZONA RURAL") == nil)
    }

    @Test func aliasesAndAggregatesFromTheFile() throws {
        let (catalog, messages) = Self.read("""
            codigo,tipo,nombre,alias
            6,comuna,Comuna 6,
            57,corregimiento,Pichindé,Pichinde Alto
            98, Agregado ,Zona rural,Área rural; RURAL ;
            99,ciudad,Toda la ciudad,Santiago de Cali

            """)
        #expect(messages.isEmpty)
        let territories = try #require(catalog)
        let rural = try #require(territories.resolve("ZONA RURAL"))
        #expect(rural.code == 98 && rural.kind == .aggregate && rural.slug == "zona-rural")
        #expect(rural.aliases == ["Área rural", "RURAL"])
        #expect(territories.resolve("area rural")?.code == 98)
        #expect(territories.resolve("Rural")?.code == 98)
        #expect(territories.resolve("98")?.code == 98)
        #expect(territories.resolve("PICHINDE ALTO")?.code == 57)
        #expect(territories.resolve("SANTIAGO DE CALI")?.code == 99)
        #expect(territories.local.map(\.code) == [6, 57])
        #expect(territories.aggregates.map(\.code) == [98])
        #expect(rural.kindLabel == "Agrupación de territorios" && !rural.isDivision)
    }

    @Test func withoutAliasColumnAndWithoutCityRow() throws {
        let (catalog, messages) = Self.read("codigo,tipo,nombre\n6,comuna,Comuna 6\n98,agregado,Zona rural\n")
        #expect(messages.isEmpty)
        let territories = try #require(catalog)
        #expect(territories.territories.map(\.code) == [6, 98, 99])
        #expect(territories.resolve("Santiago de Cali")?.code == 99)
    }

    @Test func clashesAreErrorsAtTheirCell() {
        let (_, messages) = Self.read("""
            codigo,tipo,nombre,alias
            6,comuna,Comuna 6,
            53,corregimiento,Pance,
            98,agregado,Zona rural,PANCE
            97,agregado,Zona de ladera,Comuna 06;Ladera
            96,agregado,ZONA-RURAL,
            95,agregado,Ladera oeste,ladera
            94,agregado,Comuna 6,
            93,barrio,San Antonio,
            92,agregado,¿?,

            """)
        #expect(messages == [
            "territorios.csv:4:4: error: alias: \"PANCE\" already names territory 53 (line 3)",
            "territorios.csv:5:4: error: alias: \"Comuna 06\" already names territory 6 (line 2)",
            "territorios.csv:6:3: error: nombre: \"ZONA-RURAL\" already names territory 98 (line 4)",
            "territorios.csv:7:4: error: alias: \"ladera\" already names territory 97 (line 5)",
            "territorios.csv:8:3: error: nombre: \"Comuna 6\" already names territory 6 (line 2)",
            "territorios.csv:9:2: error: tipo: \"barrio\" is not one of comuna, corregimiento, ciudad, agregado",
            "territorios.csv:10:3: error: nombre: \"¿?\" makes no web address (it needs letters or digits)",
        ])
    }

    @Test func anAliasRepeatingItsOwnNameIsNoClash() {
        let (catalog, messages) = Self.read("codigo,tipo,nombre,alias\n98,agregado,Zona rural,ZONA RURAL;zona-rural\n")
        #expect(messages.isEmpty)
        #expect(catalog?.resolve("zona rural")?.code == 98)
    }

    @Test func unknownTerritoryMessageSaysTheFix() {
        let problem = Problem.cell(column: "Comuna", RowKeys.territoryProblem("ZONA LADERA"))
        #expect(problem.english == "Comuna: unknown territory \"ZONA LADERA\"; add it to territorios.csv as an alias of a territory or as an aggregate (tipo agregado)")
        #expect(RowKeys.territoryProblem("").english == "the row has no territory")
        let diagnostic = Diagnostic(.error, SourceLocation(file: "informes-1s/2024-T3.csv", line: 3, column: 43), problem)
        #expect(diagnostic.problem.spanish
            == "Comuna: territorio desconocido «ZONA LADERA»; agréguelo en territorios.csv como alias de un territorio o como agregado (tipo agregado)")
        let clash = Diagnostic(.error, SourceLocation(file: "territorios.csv"), .cell(column: "alias", .territoryNameTaken(text: "PANCE", code: 53, line: 3)))
        #expect(clash.message == "alias: \"PANCE\" already names territory 53 (line 3)")
        #expect(clash.problem.spanish == "alias: «PANCE» ya nombra al territorio 53 (línea 3)")
    }
}
