import Foundation
import Testing
@testable import OpenData

/// Every kind of problem has a stable code, an English and a Spanish text rendered from its typed
/// fields, and prints its code and fields in `--format json`.
@Suite(.tags(.unit)) struct ProblemTextsTests {
    /// One sample per code of every concern; `sample(code).code == code` for each.
    @Test func everyCodeHasASample() {
        for code in ValueProblem.Code.allCases { #expect(ValueProblem.sample(code).code == code) }
        for code in CellProblem.Code.allCases { #expect(CellProblem.sample(code).code == code) }
        for code in SourceProblem.Code.allCases { #expect(SourceProblem.sample(code).code == code) }
        for code in ContentProblem.Code.allCases { #expect(ContentProblem.sample(code).code == code) }
        for code in AgencyProblem.Code.allCases { #expect(AgencyProblem.sample(code).code == code) }
        for code in WorkbookProblem.Code.allCases { #expect(WorkbookProblem.sample(code).code == code) }
        for code in ContractProblem.Code.allCases { #expect(ContractProblem.sample(code).code == code) }
        let count = ValueProblem.Code.allCases.count + CellProblem.Code.allCases.count
            + SourceProblem.Code.allCases.count + ContentProblem.Code.allCases.count + AgencyProblem.Code.allCases.count
            + WorkbookProblem.Code.allCases.count + ContractProblem.Code.allCases.count
        #expect(Problem.samples.count == count)
    }

    @Test func codesAreUniqueAndSnakeCase() {
        let codes = Problem.samples.map(\.code)
        #expect(Set(codes).count == codes.count, "repeated codes: \(Dictionary(grouping: codes) { $0 }.filter { $1.count > 1 }.keys)")
        for code in codes {
            #expect(code.range(of: "^[a-z0-9]+(_[a-z0-9]+)*$", options: .regularExpression) != nil, "\(code)")
        }
    }

    @Test(arguments: Problem.samples) func everyCodeHasBothTexts(_ problem: Problem) {
        let english = problem.english, spanish = problem.spanish
        #expect(!english.isEmpty && !spanish.isEmpty)
        #expect(spanish != english, "\(problem.code) has no Spanish text")
        for text in [english, spanish] {
            #expect(!text.contains("{}") && !text.contains("\\("), "\(problem.code): placeholder left in \(text)")
            #expect(!text.contains("\n"))
        }
        // Spanish quotes cell text in angle quotes, never in English straight quotes.
        #expect(!spanish.contains("\"") || problem.code == "utf16_text" || problem.code == "invalid_utf8_after_bom",
                "\(problem.code): \(spanish)")
    }

    /// Every field's value appears in both texts (a field the texts do not show would be lost on
    /// the public page).
    @Test(arguments: Problem.samples) func fieldsAreNamedInTheTexts(_ problem: Problem) {
        for field in problem.fields {
            let shown: [String] = switch field.value {
            case .text(let text): [PrintableText.escaped(text)]
            case .integer(let number): [String(number)]
            case .number(let number): [NumberText.format(number)]
            case .date(let date): [date.iso]
            case .list(let items): items
            }
            for part in shown where field.name != "direction" {
                #expect(problem.english.contains(part), "\(problem.code): \(field.name)")
                #expect(problem.spanish.contains(part), "\(problem.code): \(field.name)")
            }
        }
    }

    @Test func textsQuoteAndEscapeTheSourceText() {
        let problem = Problem.cell(column: "Comuna", .unknownTerritory(text: "Comuna\u{1B}[31m 40"))
        #expect(problem.english.hasPrefix("Comuna: unknown territory \"Comuna\\u{1b}[31m 40\"; add it"))
        #expect(problem.spanish.hasPrefix("Comuna: territorio desconocido «Comuna\\u{1b}[31m 40»; agréguelo"))
        #expect(problem.code == "unknown_territory")
        // Interpolated, a problem is its English text (as the String payloads it replaces were).
        #expect("Fecha: \(ValueProblem.notDate(text: "x"))" == "Fecha: \"x\" is not a date")
        #expect("\(problem)" == problem.english)
    }

    /// The per-agency workbook's problems whose text depends on whether a part is known.
    @Test func agencyProblemsWithoutTheirOptionalPart() {
        let noBP = Problem.agency(.bpFromFirstProduct(column: "BP", written: nil, code: "BP49020003"))
        #expect(noBP.english == "BP: the project row has no BP code; read as BP49020003 from its first product")
        #expect(noBP.spanish == "BP: la fila del proyecto no tiene código BP; se leyó BP49020003 a partir de su primer producto")
        let madeUp = Problem.agency(.bpMadeUp(column: "BP", written: "x\u{7}", published: "sin-bp-4902-8"))
        #expect(madeUp.english == "BP: \"x\\u{7}\" is not a BP code and no product gives one; published as sin-bp-4902-8")
        #expect(madeUp.spanish == "BP: «x\\u{7}» no es un código BP y ningún producto lo da; se publicó como sin-bp-4902-8")
        let again = Problem.agency(.projectRepeated(project: "BP49020003", first: nil))
        #expect(again.english == "project BP49020003 is given again (first at another row); both rows are counted")
        #expect(again.spanish == "el proyecto BP49020003 aparece de nuevo (la primera vez en otra fila); se cuentan ambas filas")
        #expect(again.fields.map(\.name) == ["project"])
    }

    @Test func jsonHasTheCodeAndTypedFields() throws {
        var diagnostics = Diagnostics()
        let place = SourceLocation(file: "informes-1s/2025-T1.csv", line: 3, column: 16)
        diagnostics.warning(place, .cell(column: "Fecha Fin", .ambiguousDate(text: "3/4/2025", read: LocalDate(year: 2025, month: 3, day: 4)!)))
        diagnostics.error(SourceLocation(file: "planes/acciones.csv", line: 1, column: 1), .source(.missingColumns(["fase", "modalidad"])))
        diagnostics.error(SourceLocation(file: "libro.xlsx"), .workbook(.partNotWellFormed(part: "xl/styles.xml", byte: 120)))
        let report = DiagnosticJSON.report(diagnostics)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        #expect(json["errors"] as? Int == 2 && json["warnings"] as? Int == 1)
        let items = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(items.map { $0["code"] as? String } == ["ambiguous_date", "part_not_well_formed", "missing_columns"])
        let date = items[0]
        #expect(date["file"] as? String == "informes-1s/2025-T1.csv" && date["line"] as? Int == 3 && date["column"] as? Int == 16)
        #expect(date["severity"] as? String == "warning")
        #expect(date["message"] as? String == "Fecha Fin: \"3/4/2025\" is ambiguous; read month first as 2025-03-04")
        let fields = try #require(date["fields"] as? [String: Any])
        #expect(fields["column"] as? String == "Fecha Fin" && fields["text"] as? String == "3/4/2025" && fields["read"] as? String == "2025-03-04")
        let columns = try #require(items[2]["fields"] as? [String: Any])
        #expect(columns["columns"] as? [String] == ["fase", "modalidad"])
        let workbook = try #require(items[1]["fields"] as? [String: Any])
        #expect(workbook["part"] as? String == "xl/styles.xml" && workbook["byte"] as? Int == 120)
        #expect(report.hasPrefix("{\"errors\": 2, \"warnings\": 1, \"diagnostics\": [\n  {\"file\": \"informes-1s/2025-T1.csv\", \"line\": 3, "))
    }

    @Test func numbersInFieldsAreJSONNumbers() throws {
        var diagnostics = Diagnostics()
        diagnostics.warning(SourceLocation(file: "planes/acciones.csv", line: 2, column: 13),
                            .cell(column: "avance", .outOfRange(text: "150", lowest: 0, highest: 100)))
        let report = DiagnosticJSON.report(diagnostics)
        #expect(report.contains("\"code\": \"out_of_range\", \"fields\": {\"column\": \"avance\", \"text\": \"150\", \"lowest\": 0, \"highest\": 100}"))
    }
}
