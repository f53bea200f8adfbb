import Testing
@testable import OpenData

@Suite(.tags(.unit)) struct ValueParsingTests {
    @Test(arguments: [
        ("$ 6.175.650", Int64(6_175_650)), (" 44.893.000 ", 44_893_000), ("$ -", 0), (" -   ", 0), ("-1.234", -1234),
        ("6175650", 6_175_650), ("6175650.0", 6_175_650), ("1.234.567,89", 1_234_568), ("0", 0),
    ])
    func money(text: String, expected: Int64) {
        #expect(ValueParsing.money(text).value == expected)
    }

    @Test func moneyRejectsText() {
        if case .invalid = ValueParsing.money("mil pesos") {} else { Issue.record("expected invalid") }
        if case .empty = ValueParsing.money("N/A") {} else { Issue.record("expected empty") }
    }

    @Test(arguments: [("45%", 45.0), ("45,5 %", 45.5), ("0.00%", 0), ("0.35", 35), ("1", 100), ("3.00%", 3)])
    func percent(text: String, expected: Double) {
        #expect(ValueParsing.percent(text).value == expected)
    }

    @Test func datesFromExcelSerialsAndText() {
        #expect(ValueParsing.date("45677", order: .monthFirst).value?.date.iso == "2025-01-20")
        #expect(ValueParsing.date("1/15/2025", order: .monthFirst).value?.date.iso == "2025-01-15")
        #expect(ValueParsing.date("15/01/2025", order: .monthFirst).value?.date.iso == "2025-01-15")
        let ambiguous = ValueParsing.date("3/4/2025", order: .monthFirst).value
        #expect(ambiguous?.date.iso == "2025-03-04")
        #expect(ambiguous?.ambiguous == true)
        #expect(ValueParsing.date("3/4/2025", order: .dayFirst).value?.date.iso == "2025-04-03")
        if case .invalid = ValueParsing.date("3011/2025", order: .monthFirst) {} else { Issue.record("expected invalid") }
        if case .empty = ValueParsing.date("NA", order: .monthFirst) {} else { Issue.record("expected empty") }
    }

    @Test func territoriesHoweverWritten() {
        let catalog = TerritoryCatalog.builtIn
        #expect(catalog.resolve("COMUNA 06")?.code == 6)
        #expect(catalog.resolve("Comuna 6")?.code == 6)
        #expect(catalog.resolve("6")?.code == 6)
        #expect(catalog.resolve("PICHINDE")?.code == 57)
        #expect(catalog.resolve("Pichindé")?.code == 57)
        #expect(catalog.resolve("EL HORMIGUERO")?.code == 52)
        #expect(catalog.resolve("99")?.slug == "ciudad")
        #expect(catalog.resolve("Comuna 23") == nil)
        #expect(catalog.resolve("Atlántida") == nil)
    }

    @Test func slugs() {
        #expect(TerritoryCatalog.builtIn.local.map(\.slug) == [
            "comuna-01", "comuna-02", "comuna-03", "comuna-04", "comuna-05", "comuna-06", "comuna-07", "comuna-08",
            "comuna-09", "comuna-10", "comuna-11", "comuna-12", "comuna-13", "comuna-14", "comuna-15", "comuna-16",
            "comuna-17", "comuna-18", "comuna-19", "comuna-20", "comuna-21", "comuna-22",
            "navarro", "el-hormiguero", "pance", "la-buitrera", "villacarmelo", "los-andes", "pichinde", "la-leonera",
            "felidia", "el-saladito", "la-elvira", "la-castilla", "la-paz", "montebello", "golondrinas",
        ])
    }
}
