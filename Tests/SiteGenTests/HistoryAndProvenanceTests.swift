import Foundation
import OpenData
import Testing
@testable import SiteGen

/// Cuts of two vigencias (a crafted 2024-T3 with a project in two comunas, the real quarter I 2025
/// territorial CSV also filed as 2024-T4, and the real quarters I and II 2025): the `historico`
/// dataset, the project ficha's chart and table across cuts, a "Qué cambió" page for each
/// consecutive pair, and provenance (sources named relative to the content folder, each cut's
/// original file published byte for byte with its size and SHA-256). Expected figures are computed
/// here from the raw CSVs, not with sitegen's readers.
@Suite(.tags(.site)) struct HistoryAndProvenanceTests {
    static let cuts = ["2024-T3", "2024-T4", "2025-T1", "2025-T2"]

    /// The crafted cut: the real header, a project in comunas 3 and 5, and BP26005745 (El Saladito,
    /// 60), which the real cuts also report.
    static func craftedCut() throws -> String {
        var problems: [CSVParser.LayoutProblem] = []
        let header = try #require(CSVParser().parse(try TestSupport.read(TestSupport.realFile(TestSupport.cuadroT1)),
                                                    problems: &problems).first).fields
        func quote(_ field: String) -> String { "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        func row(_ values: [String: String]) -> String { header.map { quote(values[$0] ?? "") }.joined(separator: ",") }
        let common = ["Cód centro gestor": "4148", "Nombre Centro Gestor": "Secretaría de Cultura", "Cód BPIN": "2024760019999"]
        let rows = [
            ["Cód BP": "BP99000001", "Nombre BP": "Proyecto de prueba en dos comunas", "Cód Actividad": "BP990000011",
             "Nombre Actividad": "Actividad en la Comuna 3", "Comuna": "3", "% Avance Proyecto": "0.2",
             "Presupuesto Inicial": "90", "Presupuesto Modificado": "100", "Ejecución": "40", "Obligado": "10", "Pagos": "5"],
            ["Cód BP": "BP99000001", "Nombre BP": "Proyecto de prueba en dos comunas", "Cód Actividad": "BP990000012",
             "Nombre Actividad": "Actividad en la Comuna 5", "Comuna": "5", "% Avance Proyecto": "0.5",
             "Presupuesto Inicial": "270", "Presupuesto Modificado": "300", "Ejecución": "60", "Obligado": "30", "Pagos": "15"],
            ["Cód BP": "BP26005745", "Nombre BP": "Proyecto de 2024", "Cód Actividad": "BP260057451010101",
             "Nombre Actividad": "Actividad de 2024", "Comuna": "60",
             "Presupuesto Inicial": "1000", "Presupuesto Modificado": "1000", "Ejecución": "500", "Obligado": "0", "Pagos": "0"],
        ]
        return ([header.map(quote).joined(separator: ",")] + rows.map { row(common.merging($0) { $1 }) }).joined(separator: "\r\n") + "\r\n"
    }

    static let content: Result<URL, Error> = Result {
        try TestSupport.content(copying: [
            "informes-1s/2024-T4.csv": TestSupport.realFile(TestSupport.cuadroT1),
            "informes-1s/2025-T1.csv": TestSupport.realFile(TestSupport.cuadroT1),
            "informes-1s/2025-T2.csv": TestSupport.realFile(TestSupport.cuadroT2),
        ], writing: ["informes-1s/2024-T3.csv": try craftedCut()])
    }

    static let site: Result<URL, Error> = Result { try TestSupport.build(try content.get()) }

    /// Per cut, the raw rows' modified budget summed by (BP, comuna code).
    static let rawCuts: Result<[String: [String: [Int: Int64]]], Error> = Result {
        Dictionary(uniqueKeysWithValues: try cuts.map { ($0, try readRawCut($0)) })
    }

    static func rawCut(_ cut: String) throws -> [String: [Int: Int64]] { try #require(try rawCuts.get()[cut]) }

    static func readRawCut(_ cut: String) throws -> [String: [Int: Int64]] {
        var problems: [CSVParser.LayoutProblem] = []
        let url = try content.get().appendingPathComponent("informes-1s/\(cut).csv")
        let records = CSVParser().parse(try TestSupport.read(url), problems: &problems)
        let header = try #require(records.first).fields
        let bp = try #require(header.firstIndex(of: "Cód BP")), comuna = try #require(header.firstIndex(of: "Comuna"))
        let modified = try #require(header.firstIndex(of: "Presupuesto Modificado"))
        var sums: [String: [Int: Int64]] = [:]
        for record in records.dropFirst() where !record[bp].trimmingCharacters(in: .whitespaces).isEmpty {
            let code = Int(Double(record[comuna].trimmingCharacters(in: .whitespaces)) ?? -1)
            sums[record[bp].trimmingCharacters(in: .whitespaces), default: [:]][code, default: 0] += Int64(record[modified].filter(\.isNumber)) ?? 0
        }
        return sums
    }

    @Test(.realData) func historicoHasOneRowPerProjectPerCut() throws {
        let output = try Self.site.get()
        let city = try TestSupport.csvRows(output.appendingPathComponent("datos/ciudad-completa/historico.csv"))
        var expectedCity = 0
        var everyCut: Set<String>?
        var expectedByTerritory: [Int: Int] = [:]
        for cut in Self.cuts {
            let raw = try Self.rawCut(cut)
            expectedCity += raw.count
            everyCut = everyCut.map { $0.intersection(raw.keys) } ?? Set(raw.keys)
            let rows = city.filter { $0["corte"] == cut }
            #expect(rows.count == raw.count, "\(cut)")
            #expect(Set(rows.map { $0["bp"]! }) == Set(raw.keys), "\(cut)")
            for row in rows {
                let parts = try #require(raw[row["bp"]!])
                // The city's figures are the whole project's; its territory is its only one, or 99.
                #expect(Int64(row["presupuesto_modificado"]!) ?? 0 == parts.values.reduce(0, +), "\(cut) \(row["bp"]!)")
                #expect(Int(row["codigo_territorio"]!) == (parts.count == 1 ? parts.keys.first! : 99), "\(cut) \(row["bp"]!)")
                #expect(row["vigencia"] == String(cut.prefix(4)))
                for code in parts.keys { expectedByTerritory[code, default: 0] += 1 }
            }
        }
        #expect(city.count == expectedCity)
        // A project present in every cut has one row per cut, in order.
        let always = try #require(everyCut)
        #expect(always.contains("BP26005745"))
        for bp in always {
            #expect(city.filter { $0["bp"] == bp }.map { $0["corte"]! } == Self.cuts, "\(bp)")
        }

        // Each territory's dataset: the territory's part of each project, one row per project per cut.
        for territory in TerritoryCatalog.builtIn.territories {
            let rows = try TestSupport.csvRows(output.appendingPathComponent("datos/territorios/\(territory.slug)/historico.csv"))
            #expect(rows.count == expectedByTerritory[territory.code] ?? 0, "\(territory.slug)")
            #expect(rows.allSatisfy { $0["codigo_territorio"] == String(territory.code) }, "\(territory.slug)")
            for row in rows {
                let raw = try Self.rawCut(row["corte"]!)
                #expect(Int64(row["presupuesto_modificado"]!) ?? 0 == raw[row["bp"]!]?[territory.code], "\(territory.slug) \(row["bp"]!)")
            }
        }

        // The project in two comunas: whole for the city (99), its part in each comuna.
        let split = city.filter { $0["bp"] == "BP99000001" }
        #expect(split.count == 1)
        #expect(split.first?["codigo_territorio"] == "99")
        #expect(split.first?["presupuesto_inicial"] == "360" && split.first?["presupuesto_modificado"] == "400")
        #expect(split.first?["ejecutado"] == "100" && split.first?["obligado"] == "40" && split.first?["pagado"] == "20")
        #expect(split.first?["avance_fisico"] == "50" && split.first?["avance_financiero"] == "25")
        let comuna3 = try TestSupport.csvRows(output.appendingPathComponent("datos/territorios/comuna-03/historico.csv"))
            .filter { $0["bp"] == "BP99000001" }
        #expect(comuna3.count == 1 && comuna3.first?["presupuesto_modificado"] == "100" && comuna3.first?["avance_fisico"] == "20")
        #expect(comuna3.first?["avance_financiero"] == "40" && comuna3.first?["corte"] == "2024-T3")

        // The latest cut's rows agree with the proyectos dataset the dashboards use.
        let projects = try TestSupport.csvRows(output.appendingPathComponent("datos/ciudad-completa/proyectos.csv"))
        for project in projects {
            let row = city.first { $0["corte"] == "2025-T2" && $0["bp"] == project["bp"] }
            #expect(row?["presupuesto_modificado"] == project["presupuesto_modificado"] && row?["avance_fisico"] == project["avance_fisico"])
        }

        // The same rows in JSON, and a spreadsheet beside them.
        let json = try TestSupport.jsonRows(output.appendingPathComponent("datos/ciudad-completa/historico.json"))
        #expect(json.count == city.count)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("datos/ciudad-completa/historico.xlsx").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("datos/territorios/el-saladito/historico.xlsx").path))
        let package = try TestSupport.read(output.appendingPathComponent("datos/ciudad-completa/datapackage.json"))
        #expect(package.contains("\"name\": \"historico\"") || package.contains("\"name\":\"historico\""))
    }

    @Test(.realData) func fichaChartsEveryCutAndMarksTheNewVigencia() throws {
        let output = try Self.site.get()
        let html = try TestSupport.read(output.appendingPathComponent("proyectos/BP26005745/index.html"))
        let history = ChangesPageTests.section(html, from: "<h2 id=\"historia\">", to: "</section>")
        #expect(history.contains("<svg viewBox=\"0 0 400 ") && history.contains("role=\"img\""))
        #expect(history.contains("id=\"grafico-historia-avance-titulo\"") && history.contains("id=\"grafico-historia-presupuesto-desc\""))
        // One bar per cut in the progress chart, two (modified, executed) per cut in the budget chart.
        let progress = ChangesPageTests.section(history, from: "grafico-historia-avance-titulo\">", to: "</svg>")
        let budget = ChangesPageTests.section(history, from: "grafico-historia-presupuesto-titulo\">", to: "</svg>")
        #expect(progress.components(separatedBy: "<rect class=\"barra-svg\"").count - 1 == 4)
        #expect(budget.components(separatedBy: "<rect class=\"barra-svg ejecutado\"").count - 1 == 4 + 1)
        #expect(budget.contains("Vigencia 2025: el presupuesto se reinicia"))
        #expect(history.contains("vigencias 2024 y 2025"))
        // The table: one row per cut, the year change marked on the first cut of 2025.
        let table = ChangesPageTests.section(history, from: "<tbody>", to: "</tbody>")
        let rows = table.components(separatedBy: "</tr>").dropLast()
        #expect(rows.count == 4)
        for (row, cut) in zip(rows, ["Trimestre III de 2024", "Trimestre IV de 2024", "Trimestre I de 2025", "Trimestre II de 2025"]) {
            #expect(row.contains(cut))
        }
        #expect(rows[0].contains("$\u{00A0}1.000") && rows[2].contains("$\u{00A0}50.000.000") && rows[3].contains("$\u{00A0}197.552.792"))
        #expect(rows[2].contains("nueva vigencia") && !rows[1].contains("nueva vigencia") && !rows[3].contains("nueva vigencia"))
    }

    @Test(.realData) func aProjectDroppedBeforeTheLatestCutKeepsItsFicha() throws {
        let output = try Self.site.get()
        let html = try TestSupport.read(output.appendingPathComponent("proyectos/BP99000001/index.html"))
        #expect(html.contains("Este proyecto no aparece en el último corte del Cuadro 1S (Trimestre II de 2025)"))
        #expect(html.contains("Las cifras de esta ficha son las de su último corte, el Trimestre III de 2024."))
        #expect(html.contains("<dt>Presupuesto modificado</dt><dd>$\u{00A0}400</dd>"))
        #expect(html.contains("Fuente</dt><dd><a href=\"../../informes/2024-T3/2024-T3.csv\">informes-1s/2024-T3.csv</a> · Trimestre III de 2024"))
        // The dropped project's activities are listed, with a link to its ficha, on the next cut's changes page.
        let changes = try TestSupport.read(output.appendingPathComponent("informes/2024-T4/cambios/index.html"))
        #expect(changes.contains("href=\"../../../proyectos/BP99000001/index.html\""))
    }

    @Test(.realData) func everyConsecutivePairHasAChangesPageAndTheLinksWork() throws {
        let output = try Self.site.get()
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("informes/2024-T3/cambios/index.html").path))
        for (previous, cut) in zip(Self.cuts, Self.cuts.dropFirst()) {
            let page = output.appendingPathComponent("informes/\(cut)/cambios/index.html")
            let html = try TestSupport.read(page)
            let previousCut = try #require(ReportCut(id: previous))
            #expect(html.contains("con el <a href=\"../../../informes/\(previous)/index.html\">\(SpanishFormat.cut(previousCut))</a>"), "\(cut)")
            #expect(html.contains("abre la vigencia") == (previous.prefix(4) != cut.prefix(4)), "\(cut)")
            let report = try TestSupport.read(output.appendingPathComponent("informes/\(cut)/index.html"))
            #expect(report.contains("<a href=\"../../informes/\(cut)/cambios/index.html\">Qué cambió desde el \(SpanishFormat.cut(previousCut))</a>"))
        }
        // Every relative link of the cut and changes pages lands on a file of the output.
        for cut in Self.cuts {
            for page in ["informes/\(cut)/index.html", "informes/\(cut)/cambios/index.html", "informes/index.html"] {
                let url = output.appendingPathComponent(page)
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                let html = try TestSupport.read(url)
                for href in html.components(separatedBy: "href=\"").dropFirst().map({ String($0.prefix { $0 != "\"" }) })
                where !href.contains(":") && !href.hasPrefix("#") {
                    let target = url.deletingLastPathComponent().appendingPathComponent(href).standardizedFileURL
                    #expect(FileManager.default.fileExists(atPath: target.path), "\(page) → \(href)")
                }
            }
        }
    }

    @Test(.realData) func sourcesAreNamedInsideTheContentFolderAndPublishedAsReceived() throws {
        let content = try Self.content.get(), output = try Self.site.get()
        let folderName = content.lastPathComponent
        // No published text file carries the builder's own folder name.
        let snapshot = try TestSupport.snapshot(output)
        for (path, bytes) in snapshot where [".html", ".csv", ".json", ".js", ".xml", ".ttl", ".jsonld"].contains(where: path.hasSuffix) {
            #expect(!String(decoding: bytes, as: UTF8.self).contains(folderName + "/"), "\(path)")
        }
        let ficha = try TestSupport.read(output.appendingPathComponent("proyectos/BP26005745/index.html"))
        #expect(ficha.contains("<a href=\"../../informes/2025-T2/2025-T2.csv\">informes-1s/2025-T2.csv</a> · Trimestre II de 2025"))
        #expect(ficha.contains("<p class=\"fuente\">Fuente: informes-1s/2025-T2.csv, línea "))

        // Each cut's file, byte for byte, with the size and SHA-256 its page states.
        for cut in Self.cuts {
            let original = content.appendingPathComponent("informes-1s/\(cut).csv")
            let published = output.appendingPathComponent("informes/\(cut)/\(cut).csv")
            let bytes = try Data(contentsOf: original)
            #expect(try Data(contentsOf: published) == bytes, "\(cut)")
            let (status, sum) = try TestSupport.run(["sha256sum", original.path])
            #expect(status == 0)
            let sha = String(sum.prefix(64))
            let page = try TestSupport.read(output.appendingPathComponent("informes/\(cut)/index.html"))
            #expect(page.contains("<a href=\"../../informes/\(cut)/\(cut).csv\" download>\(cut).csv</a>"), "\(cut)")
            #expect(page.contains("\(SpanishFormat.integer(bytes.count)) bytes"), "\(cut)")
            #expect(page.contains("SHA-256 <code>\(sha)</code>"), "\(cut)")
        }
    }

    @Test(.realData) func aWorkbookCutIsPublishedAsReceivedAndItsActivitiesNameTheirRow() throws {
        let content = try TestSupport.content(copying: ["informes-1s/2025-T1.xlsx": TestSupport.realFile("CUADRO_1S_I_Trimestre_2025.xlsx")])
        let output = try TestSupport.build(content)
        let original = try Data(contentsOf: content.appendingPathComponent("informes-1s/2025-T1.xlsx"))
        #expect(try Data(contentsOf: output.appendingPathComponent("informes/2025-T1/2025-T1.xlsx")) == original)
        let (status, sum) = try TestSupport.run(["sha256sum", content.appendingPathComponent("informes-1s/2025-T1.xlsx").path])
        #expect(status == 0)
        let page = try TestSupport.read(output.appendingPathComponent("informes/2025-T1/index.html"))
        #expect(page.contains("SHA-256 <code>\(sum.prefix(64))</code>") && page.contains("\(SpanishFormat.integer(original.count)) bytes"))
        let projects = try TestSupport.csvRows(output.appendingPathComponent("datos/ciudad-completa/proyectos.csv"))
        let bp = try #require(projects.first?["bp"])
        let ficha = try TestSupport.read(output.appendingPathComponent("proyectos/\(bp)/index.html"))
        let sources = ficha.components(separatedBy: "<p class=\"fuente\">Fuente: ").dropFirst().map { String($0.prefix { $0 != "<" }) }
        #expect(!sources.isEmpty)
        for source in sources {
            #expect(source.hasPrefix("informes-1s/2025-T1.xlsx, ") && source.contains("fila ") && !source.contains("línea"), "\(source)")
        }
        #expect(!ficha.contains(content.lastPathComponent))
    }

    @Test func workbookLocationsReadAsSheetAndRow() {
        let workbook = SourceLocation(file: "c/informes-1s/2025-T2.xlsx[MEDE01.03.01.P01.F05]", line: 1022, column: 50)
        #expect(SourceReference.place(workbook) == "informes-1s/2025-T2.xlsx, hoja MEDE01.03.01.P01.F05, fila 1022")
        #expect(SourceReference.position(workbook, column: true) == "hoja MEDE01.03.01.P01.F05, fila 1022, columna 50")
        #expect(SourceReference.file(workbook.file) == "informes-1s/2025-T2.xlsx")
        let csv = SourceLocation(file: "c/informes-1s/2025-T2.csv", line: 3145, column: 3)
        #expect(SourceReference.place(csv) == "informes-1s/2025-T2.csv, línea 3145")
        #expect(SourceReference.position(SourceLocation(file: "c/informes-1s/2025-T2.csv")) == "todo el archivo")
        #expect(SourceReference.position(SourceLocation(file: "c/x.xlsx[Hoja 1]")) == "toda la hoja Hoja 1")
        #expect(SourceReference.place(SourceLocation(file: "c/informes-1s/2025-T1.xlsx", line: 9)) == "informes-1s/2025-T1.xlsx, fila 9")
    }
}
