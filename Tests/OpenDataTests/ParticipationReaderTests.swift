import Foundation
import Testing
@testable import OpenData

/// Reading participation actions and prioritized problems by header name.
@Suite(.tags(.unit)) struct ParticipationReaderTests {
    func source(_ text: String, path: String = "c/planes/acciones.csv") throws -> CSVSource {
        var diagnostics = Diagnostics()
        return try #require(CSVSource.parse(Array(text.utf8), displayPath: path, diagnostics: &diagnostics))
    }

    @Test func listsMatchWithoutCaseOrAccentsAndColumnsByName() throws {
        // Columns in another order, values in capitals and without accents, ';' delimiter.
        let text = """
        modalidad;fase;procedimiento;organismo_codigo;actividad;territorios;fecha_inicio;avance
        ELECTRONICA;Diagnostico;promocion de la participacion;4173;Taller;"5; 18";15/03/2025;75 %
        Mixta;EVALUACIÓN;CONTROL  SOCIAL;4112;Rendición;;2025-04-01;
        presencial;seguimiento;Planeación Participativa;4151;Comité;99;;
        """
        var diagnostics = Diagnostics()
        let actions = ParticipationActionReader(territories: .builtIn).read(try source(text), diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items.map(\.formatted))")
        #expect(actions.map(\.procedure) == [.promotion, .socialControl, .participatoryPlanning])
        #expect(actions.map(\.phase) == [.diagnosis, .evaluation, .followUp])
        #expect(actions.map(\.modality) == [.electronic, .mixed, .inPerson])
        #expect(actions.map(\.territoryCodes) == [[5, 18], [99], [99]])
        #expect(actions[0].start == LocalDate(year: 2025, month: 3, day: 15))
        #expect(actions[0].progress == 75)
        #expect(actions[0].source.line == 2)
        #expect(actions[1].isCityWide && !actions[0].isCityWide)
    }

    @Test func everyBadValueOfARowIsReported() throws {
        let text = """
        organismo_codigo,procedimiento,fase,actividad,modalidad,territorios,avance,evidencia_url
        4112,Veeduría,ejecución,Mesa,virtual,7;Comuna 30,150,javascript:alert(1)
        """
        var diagnostics = Diagnostics()
        let actions = ParticipationActionReader(territories: .builtIn).read(try source(text), diagnostics: &diagnostics)
        #expect(actions.isEmpty)
        #expect(diagnostics.sorted.map(\.formatted) == [
            "c/planes/acciones.csv:2:2: error: procedimiento: \"Veeduría\" is not one of Planeación Participativa, Control Social, Promoción de la Participación",
            "c/planes/acciones.csv:2:3: error: fase: \"ejecución\" is not one of diagnóstico, formulación, implementación, seguimiento, evaluación",
            "c/planes/acciones.csv:2:5: error: modalidad: \"virtual\" is not one of presencial, electrónica, mixta",
            "c/planes/acciones.csv:2:6: error: territorios: unknown territory \"Comuna 30\"; add it to territorios.csv as an alias of a territory or as an aggregate (tipo agregado)",
            "c/planes/acciones.csv:2:7: warning: avance: \"150\" is outside 0–100",
            "c/planes/acciones.csv:2:8: warning: evidencia_url: \"javascript:alert(1)\" is not an http(s) link; left empty",
        ])
    }

    @Test func missingColumnsAreNamed() throws {
        var diagnostics = Diagnostics()
        _ = ParticipationActionReader(territories: .builtIn).read(try source("organismo_codigo,procedimiento,actividad\n4112,Control Social,Mesa\n"),
                                                               diagnostics: &diagnostics)
        #expect(diagnostics.items.map(\.formatted) == ["c/planes/acciones.csv:1:1: error: missing required columns: fase, modalidad"])
    }

    @Test func problemsAreReadWithTheirTerritoryAndLine() throws {
        let text = """
        territorio,linea_pd,problema,poblacion_afectada,prioridad,anio
        PICHINDE,6202,Deslizamientos,9.800,1,2025
        Comuna 6,62,Vías,,2,
        """
        var diagnostics = Diagnostics()
        let problems = ProblemReader(territories: .builtIn).read(try source(text, path: "c/diagnosticos/problemas.csv"), diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty)
        #expect(problems.map(\.territoryCode) == [57, 6])
        #expect(problems.map(\.planLine) == ["6202", "62"])
        #expect(problems[0].affectedPopulation == 9800)
        #expect(problems[0].year == 2025)
        #expect(problems[1].affectedPopulation == nil)
    }

    @Test func projectsMatchOnNivel1OrNivel2Code() {
        let project = Project(bp: "BP1", bpin: "", name: "P", agency: Agency(code: "4133", name: "A"),
                              plan: [PlanLevel(code: "62", name: "N1"), PlanLevel(code: "6202", name: "N2"), PlanLevel(code: "6202001", name: "N3")],
                              territoryCode: 1, activities: [])
        #expect(ProblemInvestment.project(project, isIn: "62"))
        #expect(ProblemInvestment.project(project, isIn: "6202"))
        #expect(!ProblemInvestment.project(project, isIn: "6202001"))
        #expect(!ProblemInvestment.project(project, isIn: "6201"))
        #expect(!ProblemInvestment.project(project, isIn: ""))
    }
}
