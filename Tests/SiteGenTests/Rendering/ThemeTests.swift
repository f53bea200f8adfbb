import Foundation
import Mustache
import OpenData
import Testing
@testable import SiteGen

/// The theme owns markup and wording: feeds and the sitemap are its templates, its texts come from
/// `i18n/es.yml` (a missing one is an error), and every view model is boxed the same way.
@Suite(.tags(.site)) struct ThemeTests {
    /// A copy of the default theme with some files replaced (relative path → text).
    static func theme(replacing files: [String: String] = [:]) throws -> URL {
        let root = TestSupport.temporaryFolder("theme").appendingPathComponent("tema")
        try FileManager.default.copyItem(at: TestSupport.theme, to: root)
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    static func feed(territory: String? = nil) -> AtomFeed {
        let day = LocalDate(year: 2025, month: 3, day: 31)!
        return AtomFeed(
            id: "urn:sitegen:inicio", site: "Cali 'Participa' & más", subtitle: nil, territory: territory,
            author: "Alcaldía", selfLink: "feed.xml", alternate: "index.html", fallbackDate: day,
            entries: [
                AtomFeed.Entry(id: "urn:sitegen:informes/2025-T1/", date: day, link: "informes/2025-T1/index.html",
                               report: AtomFeed.Report(cut: "Trimestre I de 2025", projects: 12)),
                AtomFeed.Entry(id: "urn:sitegen:paginas/a/", date: LocalDate(year: 2025, month: 4, day: 2)!,
                               link: "paginas/a/index.html", title: "L'acta <borrador>\u{1}", summary: nil),
            ])
    }

    @Test func feedTemplateWritesEscapedAtom() throws {
        let theme = try Theme(root: TestSupport.theme)
        let xml = try Self.feed().xml(theme: theme)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"es-CO\">\n"))
        #expect(xml.contains("  <title>Cali &apos;Participa&apos; &amp; más</title>\n  <updated>2025-04-02T00:00:00Z</updated>\n"))
        // Newest first; a page's title escaped for XML (control character dropped); no empty summary.
        #expect(xml.contains("<entry>\n    <id>urn:sitegen:paginas/a/</id>\n    <title>L&apos;acta &lt;borrador&gt;</title>\n"))
        #expect(xml.contains("    <title>Informe de seguimiento, Trimestre I de 2025</title>\n"))
        #expect(xml.contains("    <summary>12 proyectos reportados en el Cuadro 1S.</summary>\n  </entry>\n</feed>\n"))
        #expect(xml.components(separatedBy: "<summary>").count == 2)
        let territorial = try Self.feed(territory: "Pance").xml(theme: theme)
        #expect(territorial.contains("  <title>Pance · Cali &apos;Participa&apos; &amp; más</title>\n  <subtitle>Informes y páginas de Pance.</subtitle>\n"))
        #expect(territorial.contains("<title>Pance: Trimestre I de 2025</title>"))
        #expect(territorial.contains("<summary>12 proyectos reportados para Pance en el Cuadro 1S.</summary>"))
    }

    @Test func aThemeRewritesFeedsAndSitemap() throws {
        let themeURL = try Self.theme(replacing: [
            "templates/feed.xml.mustache": "<feed>{{#entries}}<e>{{id}}</e>{{/entries}}</feed>\n",
            "templates/sitemap.xml.mustache": "{{#urls}}{{.}}\n{{/urls}}",
        ])
        let theme = try Theme(root: themeURL)
        #expect(try Self.feed().xml(theme: theme) == "<feed><e>urn:sitegen:paginas/a/</e><e>urn:sitegen:informes/2025-T1/</e></feed>\n")
        let sitemap = try Sitemap.xml(paths: ["index.html", "b/index.html", "css/x.css", "a&b/index.html"],
                                      baseURL: "https://example.org/", theme: theme)
        #expect(sitemap.map { String(decoding: $0, as: UTF8.self) } == "https://example.org/\nhttps://example.org/a&amp;b/\nhttps://example.org/b/\n")
        #expect(try Sitemap.xml(paths: ["index.html"], baseURL: "", theme: theme) == nil)

        // A whole build writes the theme's feeds.
        let output = TestSupport.temporaryFolder("output").appendingPathComponent("site")
        _ = try SiteBuilder(options: .init(content: TestSupport.defaultContent, output: output, theme: themeURL, environment: [:])).build()
        #expect(try TestSupport.read(output.appendingPathComponent("feed.xml")).hasPrefix("<feed><e>"))
        #expect(try TestSupport.read(output.appendingPathComponent("territorios/pance/feed.xml")).hasPrefix("<feed><e>"))
        #expect(try TestSupport.read(output.appendingPathComponent("sitemap.xml")).hasPrefix("https://"))
    }

    @Test func aMissingTextStopsTheThemeNamingKeyAndTemplate() throws {
        let missing = try Self.theme(replacing: ["templates/extra.mustache": "<p>{{t.no.existe}}</p>"])
        do {
            _ = try Theme(root: missing)
            Issue.record("a template naming a missing text loaded")
        } catch {
            let message = "\(error)"
            #expect(message.contains("'no.existe'") && message.contains("templates/extra.mustache"), "\(message)")
        }
        // A group of texts is not a text.
        let group = try Self.theme(replacing: ["templates/extra.mustache": "{{#x}}{{t.historia}}{{/x}}"])
        #expect(throws: (any Error).self) { try Theme(root: group) }
        // A text that names another, missing, text.
        let inText = try Self.theme(replacing: ["i18n/es.yml": "a: \"{{t.b}}\"\n"])
        #expect(throws: (any Error).self) { try Theme(root: inText) }
        // Every key the default templates use is there.
        _ = try Theme(root: TestSupport.theme)
    }

    @Test func textKeysAreFoundInEveryKindOfTag() {
        let template = "{{t.a.b}} {{{t.c}}} {{& t.d}} {{#t.e}}x{{/t.e}} {{^ t.f }}y{{/t.f}} {{> t.partial}} {{! t.comment}} {{tx.y}} {{name}}"
        #expect(ThemeStrings.keys(in: template) == ["a.b", "c", "d", "e", "f"])
    }

    @Test func textsNameValuesWhereTheyAreUsed() throws {
        let texts = try TestSupport.read(TestSupport.theme.appendingPathComponent("i18n/es.yml"))
        let themeURL = try Self.theme(replacing: [
            "i18n/es.yml": texts + "\ncaja:\n  titulo: \"Presupuesto & fases en {{name}}\"\n  simple: \"Sin \\\"datos\\\" <aún>\"\n",
            "templates/caja.mustache": "<h2 title=\"{{t.caja.simple}}\">{{t.caja.titulo}}</h2>{{#lines}}<p>{{t.caja.titulo}}</p>{{/lines}}",
        ])
        struct Line { var name: String }
        struct Box { var name: String; var lines: [Line] }
        let html = try Theme(root: themeURL).render("caja", Box(name: "Pance", lines: [Line(name: "La Buitrera")]))
        #expect(html == "<h2 title=\"Sin &quot;datos&quot; &lt;aún&gt;\">Presupuesto &amp; fases en Pance</h2>"
            + "<p>Presupuesto &amp; fases en La Buitrera</p>")
    }

    /// The texts are written into the templates when the theme loads (`ThemeStrings.inline`):
    /// every kind of text, in every kind of tag, renders as the engine renders it looking the
    /// text up, in HTML and in XML templates.
    @Test func textsWrittenIntoTemplatesRenderAsTheEngineWould() throws {
        let yaml = """
        a:
          simple: "Presupuesto & \\"fases\\" <aún> 'ya'"
          valores: "{{count}} {{#single}}contrato{{/single}}{{^single}}contratos{{/single}} en {{name}} & más"
          anidado: "{{t.a.simple}} de {{name}}"
          blanco: "  "
          vacio: ""
          varias: "Línea {{name}}\\nsegunda"
          bandera: "sí"
        """
        let strings = try ThemeStrings(data: Data(yaml.utf8), path: "es.yml")
        let template = """
        <h1 title="{{t.a.simple}}">{{ t.a.simple }}</h1>
        {{t.a.valores}}|{{{t.a.simple}}}|{{&t.a.valores}}|{{t.a.anidado}}
          {{#items}}{{t.a.blanco}}
          {{/items}}
          {{#items}}{{t.a.vacio}}
          {{/items}}
        {{#items}}<li>{{t.a.valores}} {{t.a.varias}}</li>{{/items}}
        {{#t.a.bandera}}con bandera{{/t.a.bandera}}{{^t.a.bandera}}sin{{/t.a.bandera}} {{t.a.noexiste}} {{! t.a.simple }}
        """
        struct Item { var name: String; var count: Int; var single: Bool }
        struct Page { var name: String; var count: Int; var single: Bool; var items: [Item] }
        let page = Page(name: "Pance", count: 1, single: true,
                        items: [Item(name: "La <Buitrera>", count: 3, single: false), Item(name: "Villacarmelo", count: 1, single: true)])
        _ = HTMLEscape.registered
        _ = XMLEscape.registered
        let kinds: [(pragma: String, type: any MustacheContentType)] = [(HTMLEscape.pragma, HTMLEscape()), (XMLEscape.pragma, XMLEscape())]
        for (pragma, type) in kinds {
            let escape = type.escapeText
            var engine = MustacheLibrary(), inlined = MustacheLibrary()
            try engine.register(pragma + template, named: "p")
            let written = strings.inline(template, escape: escape)
            try inlined.register(pragma + written, named: "p")
            let model = ThemeRoot(model: MustacheBox.box(page), strings: strings.tree)
            let expected = try #require(engine.render(model, withTemplate: "p"))
            #expect(inlined.render(model, withTemplate: "p") == expected, "\(pragma)")
            // The plain texts and the one-line texts that name values were written in; the blank
            // ones, the multi-line one, the section tags and the unknown key were left to the engine.
            #expect(!written.contains("{{t.a.simple}}") && !written.contains("{{t.a.valores}}") && !written.contains("{{t.a.anidado}}"))
            #expect(written.contains("{{t.a.blanco}}") && written.contains("{{t.a.vacio}}") && written.contains("{{t.a.varias}}")
                && written.contains("{{#t.a.bandera}}") && written.contains("{{&t.a.valores}}") && written.contains("{{t.a.noexiste}}"))
        }
    }

    /// A page word's values are put in once: a value that itself looks like `{{name}}` stays as
    /// it is, and a name the caller gives no value for is written as it is.
    @Test func pageWordsPutEachValueInOnce() throws {
        let yaml = try TestSupport.read(TestSupport.theme.appendingPathComponent("i18n/es.yml"))
        let themeURL = try Self.theme(replacing: ["i18n/es.yml": yaml.replacingOccurrences(
            of: "  proyecto_descripcion: \"Ficha del proyecto {{bp}}: {{name}}.\"",
            with: "  proyecto_descripcion: \"{{bp}}{{bp}} · {{name}} · {{otro}}\"")])
        let words = try Theme(root: themeURL).words
        #expect(words(.proyectoDescripcion, ["bp": "{{name}}", "name": "Vías & andenes"]) == "{{name}}{{name}} · Vías & andenes · {{otro}}")
    }

    struct Nested {
        var code: String
        var count: Int
    }

    struct Model {
        var title: String
        var note: String?
        var missing: String?
        var nested: Nested
        var list: [Nested]
        var flag: Bool
        var ratio: Double
    }

    @Test func everyStructIsBoxedFromItsFieldTable() throws {
        let model = Model(title: "T", note: "n", missing: nil, nested: Nested(code: "A", count: 2),
                          list: [Nested(code: "B", count: 3), Nested(code: "C", count: 4)], flag: true, ratio: 0.5)
        let boxed = try #require(MustacheBox.box(model) as? [String: Any])
        // Every stored property but the empty optional, each boxed: nested structs are dictionaries too.
        #expect(Set(boxed.keys) == ["title", "note", "nested", "list", "flag", "ratio"])
        #expect(boxed["note"] as? String == "n" && boxed["flag"] as? Bool == true && boxed["ratio"] as? Double == 0.5)
        let nested = try #require(boxed["nested"] as? [String: Any])
        #expect(nested["code"] as? String == "A" && nested["count"] as? Int == 2)
        let list = try #require(boxed["list"] as? [Any])
        #expect(list.compactMap { ($0 as? [String: Any])?["code"] as? String } == ["B", "C"])
        // The table lists every stored property of the type, in order: nothing is left to Mirror.
        guard case .fields(let table) = BoxPlan.of(model) else {
            Issue.record("a struct is not boxed from its field table")
            return
        }
        #expect(table.fields.map(\.name) == Mirror(reflecting: model).children.map { $0.label ?? "" })

        let themeURL = try Self.theme(replacing: [
            "templates/modelo.mustache": "{{title}}|{{nested.code}}{{nested.count}}|{{#list}}{{code}}{{count}}{{/list}}|{{#missing}}x{{/missing}}{{note}}",
        ])
        #expect(try Theme(root: themeURL).render("modelo", model) == "T|A2|B3C4|n")
    }

    @Test func aPageFrameIsBoxedWhole() throws {
        let frame = PageContext(config: .defaults, words: try Theme(root: TestSupport.theme).words).frame(path: "territorios/pance/", title: "Pance")
        let boxed = try #require(MustacheBox.box(frame) as? [String: Any])
        #expect(boxed.count == Mirror(reflecting: frame).children.count)
        let current = try #require(boxed["current"] as? [String: Any])
        #expect(current["territorios"] as? Bool == true && current["inicio"] as? Bool == false)
    }

    /// Titles, descriptions and breadcrumbs the build puts together come from the theme's
    /// `paginas` texts: a theme rewording one changes the pages, and a theme without one does not load.
    @Test func pageWordsComeFromTheTheme() throws {
        let yaml = try TestSupport.read(TestSupport.theme.appendingPathComponent("i18n/es.yml"))
        let reworded = try Self.theme(replacing: ["i18n/es.yml": yaml
            .replacingOccurrences(of: "  inicio: \"Inicio\"", with: "  inicio: \"Portada\"")
            .replacingOccurrences(of: "  proyecto_descripcion: \"Ficha del proyecto {{bp}}: {{name}}.\"",
                                  with: "  proyecto_descripcion: \"Proyecto {{bp}} ({{name}})\"")])
        let words = try Theme(root: reworded).words
        #expect(words(.proyectoDescripcion, ["bp": "BP-1", "name": "Vías"]) == "Proyecto BP-1 (Vías)")
        let frame = PageContext(config: .defaults, words: words).frame(path: "territorios/pance/", title: "Pance")
        #expect(frame.breadcrumbs.first?.label == "Portada")

        let without = try Self.theme(replacing: ["i18n/es.yml": yaml.replacingOccurrences(of: "  no_encontrada:", with: "  otra_cosa:")])
        do {
            _ = try Theme(root: without)
            Issue.record("a theme without paginas.no_encontrada loaded")
        } catch {
            #expect("\(error)".contains("paginas.no_encontrada"), "\(error)")
        }
    }
}
