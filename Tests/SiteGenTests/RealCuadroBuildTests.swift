import Foundation
import OpenData
import Testing
@testable import SiteGen

/// Builds a site from the real territorial Cuadro 1S (T1 2025) alone and checks the written files.
@Suite(.tags(.site), .realData) struct RealCuadroBuildTests {
    static let site: Result<URL, Error> = Result {
        let content = try TestSupport.content(copying: ["informes-1s/2025-T1.csv": TestSupport.realFile(TestSupport.cuadroT1)])
        return try TestSupport.build(content)
    }

    let output: URL
    init() throws { output = try Self.site.get() }

    @Test func everyTerritoryHasAPageAndADatasetFolder() throws {
        let catalog = TerritoryCatalog.builtIn.local
        #expect(catalog.count == 37)
        for territory in catalog {
            let page = output.appendingPathComponent("territorios/\(territory.slug)/index.html")
            #expect(FileManager.default.fileExists(atPath: page.path), "missing \(page.path)")
            for file in ["proyectos.csv", "proyectos.json", "actividades.csv", "actividades.json"] {
                let url = output.appendingPathComponent("datos/territorios/\(territory.slug)/\(file)")
                #expect(FileManager.default.fileExists(atPath: url.path), "missing \(url.path)")
            }
        }
        let pages = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("territorios").path)
            .filter { $0 != "index.html" && $0 != "ciudad" }
        #expect(pages.count == 37)
        let folders = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("datos/territorios").path)
            .filter { $0 != "ciudad" }
        #expect(folders.count == 37)
    }

    @Test func comuna1Figures() throws {
        let folder = output.appendingPathComponent("datos/territorios/comuna-01")
        let projects = try TestSupport.csvRows(folder.appendingPathComponent("proyectos.csv"))
        let activities = try TestSupport.csvRows(folder.appendingPathComponent("actividades.csv"))
        #expect(projects.count == 12)
        #expect(activities.count == 40)
        #expect(projects.compactMap { Int64($0["presupuesto_modificado"] ?? "") }.reduce(0, +) == 2_892_735_462)
        #expect(activities.compactMap { Int64($0["presupuesto_modificado"] ?? "") }.reduce(0, +) == 2_892_735_462)
    }

    @Test func panceFigures() throws {
        let folder = output.appendingPathComponent("datos/territorios/pance")
        let projects = try TestSupport.csvRows(folder.appendingPathComponent("proyectos.csv"))
        let activities = try TestSupport.csvRows(folder.appendingPathComponent("actividades.csv"))
        #expect(projects.count == 1)
        #expect(activities.count == 1)
        #expect(projects.first?["presupuesto_modificado"] == "532808377")
        #expect(try TestSupport.read(output.appendingPathComponent("territorios/pance/index.html")).contains("$\u{00A0}532.808.377"))
    }

    @Test func requiredColumnsArePresent() throws {
        let folder = output.appendingPathComponent("datos/territorios/comuna-01")
        let projectHeader = try TestSupport.read(folder.appendingPathComponent("proyectos.csv")).split(separator: "\r\n").first ?? ""
        for name in ["bp", "bpin", "nombre", "organismo_codigo", "organismo", "codigo_territorio", "territorio", "actividades",
                     "presupuesto_inicial", "presupuesto_modificado", "ejecutado", "obligado", "pagado", "avance_fisico"] {
            #expect(projectHeader.split(separator: ",").contains(Substring(name)), "proyectos.csv lacks \(name)")
        }
        let activityHeader = try TestSupport.read(folder.appendingPathComponent("actividades.csv")).split(separator: "\r\n").first ?? ""
        for name in ["codigo_actividad", "bp", "nombre", "codigo_territorio", "ponderacion", "avance_t1", "avance_t2", "avance_t3",
                     "avance_t4", "presupuesto_inicial", "presupuesto_modificado", "ejecutado", "obligado", "pagado",
                     "fecha_inicio", "fecha_fin"] {
            #expect(activityHeader.split(separator: ",").contains(Substring(name)), "actividades.csv lacks \(name)")
        }
    }

    /// CSV and JSON of every dataset hold the same rows, value for value.
    @Test func csvAndJSONHoldTheSameRows() throws {
        let datos = output.appendingPathComponent("datos")
        let folders = try FileManager.default.contentsOfDirectory(atPath: datos.appendingPathComponent("territorios").path)
            .map { datos.appendingPathComponent("territorios/\($0)") } + [datos.appendingPathComponent("ciudad-completa")]
        var compared = 0
        for folder in folders {
            for name in ["proyectos", "actividades"] {
                let csv = try TestSupport.csvRows(folder.appendingPathComponent("\(name).csv"))
                let json = try TestSupport.jsonRows(folder.appendingPathComponent("\(name).json"))
                #expect(csv.count == json.count, "\(folder.lastPathComponent)/\(name)")
                for (c, j) in zip(csv, json) {
                    #expect(Set(c.keys) == Set(j.keys))
                    for (key, text) in c {
                        let value = j[key]
                        let jsonText: String
                        switch value {
                        case is NSNull, nil: jsonText = ""
                        case let s as String: jsonText = CSVWriter.neutralise(s)
                        case let n as NSNumber: jsonText = NumberText.format(n.doubleValue)
                        default: jsonText = "\(value!)"
                        }
                        #expect(text == jsonText, "\(folder.lastPathComponent)/\(name) \(key)")
                    }
                }
                compared += csv.count
            }
        }
        #expect(compared > 1800)
    }

    /// The T1 cut labels its product columns in another order than their values; they are read by
    /// content, so every product code is an MGA code (seven digits) and every name is text.
    @Test func mislabelledProductColumnsAreReadByContent() throws {
        let activities = try TestSupport.csvRows(output.appendingPathComponent("datos/ciudad-completa/actividades.csv"))
        #expect(!activities.isEmpty)
        for row in activities {
            let code = row["producto_mga_codigo"] ?? ""
            #expect(code.count == 7 && code.allSatisfy(\.isNumber), "code \(code)")
            #expect((row["producto_mga"] ?? "").contains { $0.isLetter })
        }
    }

    @Test func cityWideDatasetCoversEveryActivity() throws {
        let activities = try TestSupport.csvRows(output.appendingPathComponent("datos/ciudad-completa/actividades.csv"))
        #expect(activities.count == 939)
    }

    @Test func pagesHaveTheirURLs() throws {
        for path in ["index.html", "territorios/ciudad/index.html", "proyectos/BP26005688/index.html", "informes/2025-T1/index.html"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path), "missing \(path)")
        }
        let home = try TestSupport.read(output.appendingPathComponent("index.html"))
        #expect(home.contains("lang=\"es-CO\""))
        #expect(home.contains("territorios/comuna-01/index.html"))
        #expect(home.contains("territorios/pichinde/index.html"))
        #expect(home.contains("territorios/ciudad/index.html"))
    }
}
