import Foundation
import OpenData
import Testing
@testable import SiteGen

/// Front matter written in Spanish: `titulo`, `resumen`, `fecha`, `territorio` and `peso` mean what
/// `title`, `summary`, `date`, `territory` and `weight` mean; an unknown key is a warning naming the
/// closest known key; a key given in both languages is a warning naming the one used.
@Suite(.tags(.unit)) struct SpanishFrontMatterTests {
    /// The pages and problems of a content folder holding `diagnosticos/<name>` with `text`.
    func check(_ text: String, name: String = "pance.md") throws -> (file: String, pages: [MarkdownPage], diagnostics: Diagnostics) {
        let content = try TestSupport.content(writing: ["diagnosticos/\(name)": text])
        let (site, diagnostics) = SiteBuilder(options: .init(content: content, output: content.appendingPathComponent("out"),
                                                             theme: TestSupport.theme, environment: [:])).check()
        return (content.lastPathComponent + "/diagnosticos/\(name)", site?.pages ?? [], diagnostics)
    }

    @Test func everySpanishKeyIsRead() throws {
        let (_, pages, diagnostics) = try check("---\ntitulo: \"Diagnóstico de Pance\"\nresumen: \"Lo que dijo la comunidad\"\n"
            + "fecha: \"2025-03-15\"\nterritorio: \"53\"\npeso: 3\n---\n\nTexto.\n")
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items.map(\.formatted))")
        let page = try #require(pages.first)
        #expect(page.title == "Diagnóstico de Pance")
        #expect(page.summary == "Lo que dijo la comunidad")
        #expect(page.date == LocalDate(iso: "2025-03-15"))
        #expect(page.territoryCode == 53)
        #expect(page.weight == 3)
    }

    @Test func englishKeysStillWork() throws {
        let (_, pages, diagnostics) = try check("---\ntitle: \"Pance\"\nsummary: \"Resumen\"\ndate: \"2025-03-15\"\nterritory: \"Pance\"\nweight: 2\n---\nx\n")
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items.map(\.formatted))")
        let page = try #require(pages.first)
        #expect((page.title, page.summary, page.territoryCode, page.weight) == ("Pance", "Resumen", 53, 2))
        #expect(page.date == LocalDate(iso: "2025-03-15"))
    }

    /// Today's bug: `territorio: 88` built as if the page had no territory.
    @Test func anUnknownSpanishTerritoryIsAnErrorAtItsLine() throws {
        let (file, pages, diagnostics) = try check("---\ntitulo: \"Comuna 88\"\nterritorio: 88\n---\n\nTexto.\n")
        #expect(diagnostics.items.map(\.formatted) == ["\(file):3:1: error: territorio: unknown territory \"88\"; add it to territorios.csv as an alias of a territory or as an aggregate (tipo agregado)"])
        #expect(diagnostics.items.first?.problem == .cell(column: "territorio", .unknownTerritory(text: "88")))
        #expect(pages.isEmpty)
    }

    @Test func aBadSpanishDateIsAWarningAtItsLine() throws {
        let (file, pages, diagnostics) = try check("---\ntitulo: \"Pance\"\nresumen: \"r\"\nfecha: \"15/03/2025\"\n---\nx\n")
        #expect(diagnostics.items.map(\.formatted) == ["\(file):4:1: warning: fecha: \"15/03/2025\" is not a date (yyyy-mm-dd)"])
        #expect(pages.first?.date == nil)
    }

    @Test func anUnknownKeyNamesTheClosestKnownKey() throws {
        let (file, pages, diagnostics) = try check("---\ntitulo: \"Pance\"\nterritrio: \"53\"\nTitle: \"x\"\nautor: \"Alcaldía\"\n---\nx\n")
        #expect(diagnostics.items.map(\.formatted) == [
            "\(file):3:1: warning: unknown front matter key \"territrio\"; did you mean \"territorio\"?",
            "\(file):4:1: warning: unknown front matter key \"Title\"; did you mean \"title\"?",
            "\(file):5:1: warning: unknown front matter key \"autor\"",
        ])
        #expect(diagnostics.items.map(\.problem.code) == ["unknown_front_matter_key", "unknown_front_matter_key", "unknown_front_matter_key"])
        #expect(diagnostics.items.first?.problem.spanish
                == "clave desconocida en el encabezado (front matter): «territrio»; ¿quiso decir «territorio»?")
        // The misspelt key is not read: the page has no territory, and is still built.
        #expect(pages.first?.territoryCode == nil)
        #expect(pages.first?.title == "Pance")
    }

    @Test func bothSpellingsOfAKeyWarnAndTheSpanishOneWins() throws {
        let (file, pages, diagnostics) = try check("---\ntitle: \"About\"\ntitulo: \"Acerca\"\npeso: 4\nweight: 9\n---\nx\n")
        #expect(diagnostics.items.map(\.formatted) == [
            "\(file):2:1: warning: front matter gives both \"titulo\" and \"title\"; \"titulo\" is used",
            "\(file):5:1: warning: front matter gives both \"peso\" and \"weight\"; \"peso\" is used",
        ])
        #expect(pages.first?.title == "Acerca")
        #expect(pages.first?.weight == 4)
    }

    @Test func closestKeyNeedsAFewEditsAtMost() {
        #expect(FrontMatterKey.closest(to: "territrio") == "territorio")
        #expect(FrontMatterKey.closest(to: "resumne") == "resumen")
        #expect(FrontMatterKey.closest(to: "dates") == "date")
        #expect(FrontMatterKey.closest(to: "título") == "titulo")
        #expect(FrontMatterKey.closest(to: "autor") == nil)
        #expect(FrontMatterKey.closest(to: "layout") == nil)
        #expect(FrontMatterKey.editDistance(Array("kitten"), Array("sitting")) == 3)
    }
}
