import Foundation
import OpenData
import Testing
@testable import SiteGen

/// An aggregate of `territorios.csv` (an area that groups territories, "ZONA RURAL") gets its page
/// and datasets like the city-wide 99, and its projects count once in the city's figures.
@Suite(.tags(.site)) struct AggregateTerritoryTests {
    static let territories = """
        codigo,tipo,nombre,alias
        6,comuna,Comuna 6,
        57,corregimiento,Pichindé,
        98,agregado,Zona rural,Área rural
        99,ciudad,Toda la ciudad,Santiago de Cali

        """

    /// A square outline around (lon, lat) for `geo/territorios.geojson`.
    static func feature(_ name: String, _ lon: Double, _ lat: Double, size: Double) -> String {
        let ring = [(lon, lat), (lon + size, lat), (lon + size, lat + size), (lon, lat + size), (lon, lat)]
            .map { "[\($0.0),\($0.1)]" }.joined(separator: ",")
        return "{\"type\":\"Feature\",\"properties\":{\"name\":\"\(name)\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[\(ring)]]}}"
    }

    static let header = "Cód centro gestor,Cód BPIN,Cód BP,Nombre BP,Cód Actividad,Nombre Actividad,Ponderación de Actividad,"
        + "% de Avance Actividad Trimestre I,Explicación Actividad Trim I,Comuna,Presupuesto Inicial,Presupuesto Modificado,"
        + "Ejecución,Obligado,Pagos,Fecha Inicio,Fecha Fin,Nombre Centro Gestor\n"

    static func row(_ bp: String, _ activity: Int, _ comuna: String, modified: Int) -> String {
        "4145,2024760010001,\(bp),Proyecto \(bp),\(bp)10101\(activity),Actividad \(activity),0.5,0.25,Avance,\(comuna),"
            + "\(modified),\(modified),0,0,0,45658,45900,Secretaría de Salud Pública\n"
    }

    static let cut = header
        + row("BP26000001", 1, "COMUNA 06", modified: 1_000_000)
        + row("BP26000001", 2, "PICHINDE", modified: 2_000_000)
        + row("BP26000098", 1, "ZONA RURAL", modified: 30_000_000)
        + row("BP26000098", 2, "área rural", modified: 4_000_000)
        + row("BP26000099", 1, "99", modified: 500_000_000)

    let output: URL

    init() throws {
        let geo = "{\"type\":\"FeatureCollection\",\"features\":["
            + [Self.feature("COMUNA 06", -76.55, 3.42, size: 0.01), Self.feature("Pichinde", -76.62, 3.43, size: 0.02),
               Self.feature("Zona rural", -76.7, 3.3, size: 0.3)].joined(separator: ",") + "]}"
        let content = try TestSupport.content(writing: [
            "territorios.csv": Self.territories, "informes-1s/2024-T3.csv": Self.cut, "geo/territorios.geojson": geo,
        ])
        output = try TestSupport.build(content)
    }

    func rows(_ path: String) throws -> [[String: String]] {
        try TestSupport.csvRows(output.appendingPathComponent(path))
    }

    func modified(_ rows: [[String: String]]) -> Int64 {
        rows.reduce(0) { $0 + (Int64($1["presupuesto_modificado"] ?? "") ?? 0) }
    }

    @Test func anAggregateHasItsPageAndDatasets() throws {
        let page = try TestSupport.read(output.appendingPathComponent("territorios/zona-rural/index.html"))
        #expect(page.contains("Zona rural") && page.contains("Agrupación de territorios"))
        let projects = try rows("datos/territorios/zona-rural/proyectos.csv")
        #expect(projects.map { $0["bp"] } == ["BP26000098"])
        #expect(projects.allSatisfy { $0["codigo_territorio"] == "98" })
        #expect(modified(projects) == 34_000_000)
        #expect(try rows("datos/territorios/zona-rural/actividades.csv").count == 2)
        let table = try rows("datos/territorios.csv")
        let rural = try #require(table.first { $0["codigo"] == "98" })
        #expect(rural["tipo"] == "agregado" && rural["slug"] == "zona-rural" && rural["alias"] == "Área rural")
    }

    @Test func theCityCountsAnAggregateOnce() throws {
        let city = try rows("datos/ciudad-completa/proyectos.csv")
        #expect(city.filter { $0["bp"] == "BP26000098" }.count == 1)
        let parts = try ["comuna-06", "pichinde", "zona-rural", "ciudad"].map { try rows("datos/territorios/\($0)/proyectos.csv") }
        #expect(modified(city) == 537_000_000)
        #expect(modified(city) == parts.map(modified).reduce(0, +))
        #expect(try rows("datos/ciudad-completa/actividades.csv").count == 5)
        let home = try TestSupport.read(output.appendingPathComponent("index.html"))
        #expect(home.contains("3 proyectos de inversión y 5 actividades"))
        #expect(home.contains(SpanishFormat.money(537_000_000)))
        #expect(home.contains("Agrupaciones de territorios"))
        let rural = try TestSupport.read(output.appendingPathComponent("territorios/zona-rural/index.html"))
        #expect(rural.contains(SpanishFormat.percent(34.0 / 537.0 * 100, decimals: 2)))
    }

    @Test func theMapShadesOnlyComunasAndCorregimientos() throws {
        let home = try TestSupport.read(output.appendingPathComponent("index.html"))
        #expect(home.contains("aria-label=\"Comuna 6: presupuesto modificado"))
        #expect(home.contains("aria-label=\"Pichindé: presupuesto modificado"))
        #expect(!home.contains("Zona rural: presupuesto modificado"))
    }
}
