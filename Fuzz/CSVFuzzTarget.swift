// libFuzzer entry for the CSV reader: decoding, delimiter detection, parsing, header matching,
// value parsing of every field, the Cuadro 1S, budget execution and territory readers, and the
// dataset writers must never crash, whatever the bytes. Built by scripts/fuzz-csv.sh together with
// the OpenData sources (all but XLSX/, which needs ZIPFoundation); not part of the package.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    var diagnostics = Diagnostics()
    guard let source = CSVSource.parse(bytes, displayPath: "fuzz.csv", diagnostics: &diagnostics) else { return 0 }
    for record in source.records.prefix(50) {
        for (column, field) in record.fields.enumerated() {
            _ = source.location(record, column: column)
            _ = ValueParsing.money(field)
            _ = ValueParsing.percent(field)
            _ = ValueParsing.number(field)
            _ = ValueParsing.date(field, order: .monthFirst)
        }
    }
    let catalog = TerritoryCatalog.read(source, diagnostics: &diagnostics) ?? .cali
    if let report = Cuadro1SReader(territories: .cali).read(source, cut: ReportCut(year: 2025, quarter: 1)!, diagnostics: &diagnostics) {
        let data = CityData(territories: catalog, reports: [report])
        for dataset in DatasetBuilder.datasets(for: data) { _ = DatasetBuilder.files(of: dataset) }
    }
    if let execution = BudgetExecutionReader(territories: .cali).read(source, period: "2025-03", diagnostics: &diagnostics) {
        _ = CSVWriter.write(BudgetExecutionTables.lines(execution.lines, period: execution.period, territories: .cali))
    }
    for item in diagnostics.items { _ = DiagnosticSpanish.message(item) }
    return 0
}
