import Foundation
import OpenData
import Testing
@testable import SiteGen

/// `sitegen serve` rebuilds in place, re-reading only changed sources and writing only changed
/// files; the result must be exactly what a full build of the same content writes.
@Suite(.tags(.site)) struct IncrementalBuildTests {
    static let pages = [
        "paginas/acerca.md": "---\ntitle: Acerca\nsummary: Qué es este sitio.\n---\n## Qué es\n\nTexto con *énfasis* y https://example.org/.\n",
        "paginas/como-participar.md": "---\ntitle: Cómo participar\n---\n## Pasos\n\n1. Leer.\n2. Preguntar.\n",
        "planes/plan-local.md": "---\ntitle: Plan local\ndate: 2025-03-15\n---\n| Fase | Valor |\n|---|---:|\n| Inicial | 10 |\n",
        "diagnosticos/pance.md": "---\ntitle: Diagnóstico de Pance\nterritory: 53\n---\n## Problemas\n\n- Agua.\n",
    ]

    func session(_ content: URL) -> (PreviewSession, URL) {
        let output = TestSupport.temporaryFolder("serve").appendingPathComponent("site")
        return (PreviewSession(options: .init(content: content, output: output, theme: TestSupport.theme, environment: [:])), output)
    }

    /// Replaces the first occurrence of `old` in a content file (written to a new file, as editors do).
    func edit(_ content: URL, _ path: String, replacing old: String, with new: String) throws {
        let url = content.appendingPathComponent(path)
        let text = try TestSupport.read(url)
        let range = try #require(text.range(of: old), "\(path) does not contain \(old)")
        try Data(text.replacingCharacters(in: range, with: new).utf8).write(to: url, options: .atomic)
    }

    func records(_ csv: URL) throws -> [CSVRecord] {
        var problems: [CSVParser.LayoutProblem] = []
        return CSVParser().parse(try TestSupport.read(csv), problems: &problems)
    }

    /// In the real Cuadro 1S: the text `,initial,modified,` of the first row with a numeric
    /// modified budget, and that text with the modified budget changed.
    func budgetEdit(_ csv: URL) throws -> (old: String, new: String) {
        let records = try records(csv)
        let header = try #require(records.first).fields
        let initialColumn = try #require(header.firstIndex(of: "Presupuesto Inicial"))
        let modifiedColumn = try #require(header.firstIndex(of: "Presupuesto Modificado"))
        #expect(modifiedColumn == initialColumn + 1)
        let row = try #require(records.dropFirst().first { Int($0[modifiedColumn]) != nil && !$0[initialColumn].isEmpty })
        return ("," + row[initialColumn] + "," + row[modifiedColumn] + ",", "," + row[initialColumn] + ",1" + row[modifiedColumn] + ",")
    }

    @Test(.realData) func changedPageAndCSVRowGiveTheFullBuildsBytes() throws {
        let content = try TestSupport.content(copying: ["informes-1s/2025-T1.csv": TestSupport.realFile(TestSupport.cuadroT1)],
                                              writing: Self.pages)
        let (session, output) = session(content)
        let first = try session.rebuild()
        #expect(first.written == first.summary.files)

        // One Markdown page and one CSV row change.
        try edit(content, "paginas/acerca.md", replacing: "Texto con", with: "Texto corregido con")
        let csv = content.appendingPathComponent("informes-1s/2025-T1.csv")
        let before = try records(csv)
        let budget = try budgetEdit(csv)
        try edit(content, "informes-1s/2025-T1.csv", replacing: budget.old, with: budget.new)
        let after = try records(csv)
        #expect(after.count == before.count)
        #expect(zip(before, after).filter { $0.fields != $1.fields }.count == 1)

        let hitsBefore = session.cache.hits
        let second = try session.rebuild()
        // Only what changed was written: the edited page, the pages and datasets with that money.
        #expect(second.written > 0)
        #expect(second.written < second.summary.files / 2)
        // The unchanged Markdown pages came from the cache.
        #expect(session.cache.hits - hitsBefore >= Self.pages.count - 1)

        let full = try TestSupport.build(content)
        let incremental = try TestSupport.snapshot(output)
        let expected = try TestSupport.snapshot(full)
        #expect(incremental.keys.sorted() == expected.keys.sorted())
        for (path, bytes) in expected { #expect(incremental[path] == bytes, "\(path) differs from a full build") }
        let page = try TestSupport.read(output.appendingPathComponent("paginas/acerca/index.html"))
        #expect(page.contains("Texto corregido con"))
    }

    /// A serve rebuild keeps a page without making its view model when none of the content parts
    /// it reads changed (`PageInputs`). After each kind of edit, in turn, on the default site, the
    /// output must still be exactly a full build's.
    @Test func everyKindOfEditGivesTheFullBuildsBytes() throws {
        let content = TestSupport.temporaryFolder("content").appendingPathComponent("content")
        try FileManager.default.copyItem(at: TestSupport.defaultContent, to: content)
        let (session, output) = session(content)
        _ = try session.rebuild()
        let csv = content.appendingPathComponent("informes-1s/2025-T2.csv")
        let budget = try budgetEdit(csv)
        let edits: [(String, () throws -> Void)] = [
            ("a Markdown body", { try edit(content, "paginas/acerca.md", replacing: "Importante", with: "Muy importante") }),
            ("a Markdown title", { try edit(content, "diagnosticos/pichinde.md", replacing: "Diagnóstico participativo", with: "Diagnóstico") }),
            ("a new diagnosis", {
                try Data("---\ntitle: \"Diagnóstico de Pance\"\nterritory: 53\n---\nTexto.\n".utf8)
                    .write(to: content.appendingPathComponent("diagnosticos/pance.md"))
            }),
            ("a Cuadro 1S row", { try edit(content, "informes-1s/2025-T2.csv", replacing: budget.old, with: budget.new) }),
            ("a contract's value", {
                try edit(content, "contratos/secop-ii-contratos.csv", replacing: ",33000000.0,", with: ",34000000.0,")
            }),
            ("an agenda date", { try edit(content, "agenda.csv", replacing: "2025-02-10,14:00", with: "2025-02-11,15:30") }),
            ("the site title", { try edit(content, "site.yml", replacing: "title: \"Cali Participa", with: "title: \"Cali Participa (prueba)") }),
        ]
        for (what, change) in edits {
            try change()
            let rebuilt = try session.rebuild()
            #expect(rebuilt.written > 0, "after \(what)")
            let expected = try TestSupport.snapshot(try TestSupport.build(content))
            let incremental = try TestSupport.snapshot(output)
            #expect(incremental.keys.sorted() == expected.keys.sorted(), "after \(what)")
            for (path, bytes) in expected where incremental[path] != bytes {
                Issue.record("after \(what): \(path) differs from a full build")
            }
        }
    }

    @Test func removedPageIsRemovedFromTheOutput() throws {
        let content = try TestSupport.content(writing: Self.pages)
        let (session, output) = session(content)
        _ = try session.rebuild()
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("planes/plan-local/index.html").path))
        try FileManager.default.removeItem(at: content.appendingPathComponent("planes/plan-local.md"))
        let second = try session.rebuild()
        #expect(second.removed == 1)
        #expect(try TestSupport.snapshot(output) == TestSupport.snapshot(TestSupport.build(content)))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("planes/plan-local").path))
    }

    @Test func removedOutputFolderIsWrittenAgain() throws {
        let content = try TestSupport.content(writing: Self.pages)
        let (session, output) = session(content)
        let first = try session.rebuild()
        try FileManager.default.removeItem(at: output)
        let again = try session.rebuild()
        #expect(again.written == first.written)
        #expect(try TestSupport.snapshot(output) == TestSupport.snapshot(TestSupport.build(content)))
    }

    @Test func failedRebuildLeavesTheLastGoodSite() throws {
        let content = try TestSupport.content(writing: Self.pages)
        let (session, output) = session(content)
        _ = try session.rebuild()
        let before = try TestSupport.snapshot(output)
        try edit(content, "diagnosticos/pance.md", replacing: "territory: 53", with: "territory: Atlántida")
        try edit(content, "paginas/acerca.md", replacing: "Texto con", with: "Texto nuevo con")
        #expect(throws: SiteBuilder.BuildError.self) { try session.rebuild() }
        #expect(try TestSupport.snapshot(output) == before)
        // Fixing the error brings the pending change in.
        try edit(content, "diagnosticos/pance.md", replacing: "territory: Atlántida", with: "territory: 53")
        _ = try session.rebuild()
        #expect(try TestSupport.snapshot(output) == TestSupport.snapshot(TestSupport.build(content)))
    }
}
