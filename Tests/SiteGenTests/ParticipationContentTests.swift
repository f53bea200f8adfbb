import Foundation
import OpenData
import Testing
@testable import SiteGen

/// `planes/acciones.csv` and `diagnosticos/problemas.csv` as content: values outside the lists are
/// errors at their file, line and column, and nothing is written.
@Suite(.tags(.unit)) struct ParticipationContentTests {
    static let header = "organismo_codigo,organismo,procedimiento,fase,actividad,grupo_de_valor,modalidad,territorios,fecha_inicio,fecha_fin,meta,indicador,avance,evidencia_url\n"
    static let valid = "4112,Secretaría de Gobierno,Control Social,seguimiento,Mesa con veedurías,Veedurías,presencial,1;2,2025-03-01,2025-03-31,2,Mesas,50,\n"

    func check(_ actions: String) throws -> (String, Diagnostics) {
        let content = try TestSupport.content(writing: ["planes/acciones.csv": Self.header + actions])
        let (_, diagnostics) = SiteBuilder(options: .init(content: content, output: content.appendingPathComponent("out"),
                                                          theme: TestSupport.theme, environment: [:])).check()
        return (content.lastPathComponent + "/planes/acciones.csv", diagnostics)
    }

    @Test func unknownProcedureIsAnErrorAtItsLineAndColumn() throws {
        let (file, diagnostics) = try check(Self.valid + "4112,Secretaría de Gobierno,Veeduría,seguimiento,Mesa,Veedurías,presencial,1,,,,,,\n")
        #expect(diagnostics.items.map(\.formatted) == [
            "\(file):3:3: error: procedimiento: \"Veeduría\" is not one of Planeación Participativa, Control Social, Promoción de la Participación",
        ])
    }

    @Test func unknownPhaseIsAnErrorAtItsLineAndColumn() throws {
        let (file, diagnostics) = try check("4112,Secretaría de Gobierno,Control Social,ejecución,Mesa,Veedurías,presencial,1,,,,,,\n" + Self.valid)
        #expect(diagnostics.items.map(\.formatted) == [
            "\(file):2:4: error: fase: \"ejecución\" is not one of diagnóstico, formulación, implementación, seguimiento, evaluación",
        ])
    }

    @Test func unknownModalityIsAnError() throws {
        let (file, diagnostics) = try check("4112,X,Control Social,evaluación,Mesa,Veedurías,virtual,,,,,,,\n")
        #expect(diagnostics.items.map(\.formatted) == [
            "\(file):2:7: error: modalidad: \"virtual\" is not one of presencial, electrónica, mixta",
        ])
    }

    @Test func anErrorStopsTheBuild() throws {
        let content = try TestSupport.content(writing: ["planes/acciones.csv": Self.header + "4112,X,Veeduría,seguimiento,Mesa,,presencial,,,,,,,\n"])
        let output = TestSupport.temporaryFolder("output").appendingPathComponent("site")
        #expect(throws: SiteBuilder.BuildError.self) { try TestSupport.build(content, output: output) }
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func unknownTerritoryInProblemsIsAnError() throws {
        let content = try TestSupport.content(writing: [
            "diagnosticos/problemas.csv": "territorio,linea_pd,problema,prioridad\nComuna 40,6202,Algo,1\n1,6202,Otro,cero\n",
        ])
        let (_, diagnostics) = SiteBuilder(options: .init(content: content, output: content.appendingPathComponent("out"),
                                                          theme: TestSupport.theme, environment: [:])).check()
        let file = content.lastPathComponent + "/diagnosticos/problemas.csv"
        #expect(diagnostics.items.map(\.formatted) == [
            "\(file):2:1: error: territorio: unknown territory \"Comuna 40\"; add it to territorios.csv as an alias of a territory or as an aggregate (tipo agregado)",
            "\(file):3:4: error: prioridad: \"cero\" is not a priority (1 = highest)",
        ])
    }
}
