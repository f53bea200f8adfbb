// libFuzzer entry for the tabular readers, built by scripts/fuzz-csv.sh together with every
// OpenData source; not part of the package. The input's first bytes choose the reader:
// - "PK" or an OLE header: a workbook (.xlsx) as it is, every sheet read;
// - "<": the XML of a worksheet, put into a small valid workbook (stored, with its CRC), so the
//   fuzzer reaches the tokenizer and the cell reader without having to make deflate streams;
// - anything else: a CSV (decoding, delimiter detection, parsing, header matching, value parsing).
// Whatever the bytes, the readers, the Cuadro 1S / execution / territory / contracts readers and the dataset
// writers must never crash.
import Foundation

private let scratch: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-fuzz-\(getpid()).xlsx")
    return url
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTabularInput(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    var diagnostics = Diagnostics()
    var sources: [CSVSource] = []
    if bytes.starts(with: [0x50, 0x4B]) || bytes.starts(with: [0xD0, 0xCF]) {
        sources = workbookSheets(bytes, diagnostics: &diagnostics)
    } else if bytes.first == UInt8(ascii: "<") {
        let parts = [
            "xl/workbook.xml": Array(#"<workbook xmlns:r="r"><sheets><sheet name="H" r:id="rId1"/></sheets></workbook>"#.utf8),
            "xl/_rels/workbook.xml.rels": Array(#"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="x/styles" Target="styles.xml"/></Relationships>"#.utf8),
            "xl/sharedStrings.xml": Array("<sst><si><t>Cód BP</t></si><si><r><t>a</t></r><rPh><t>b</t></rPh></si></sst>".utf8),
            "xl/styles.xml": Array(#"<styleSheet><numFmts><numFmt numFmtId="164" formatCode="d/m/yyyy h:mm"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="20"/></cellXfs></styleSheet>"#.utf8),
            "xl/worksheets/sheet1.xml": bytes,
        ]
        guard let zip = try? ZipBundle.archive(parts.keys.sorted().map { ZipBundle.Entry(path: $0, bytes: parts[$0]!, compress: false) }, date: nil)
        else { return 0 }
        sources = workbookSheets(zip, diagnostics: &diagnostics)
    } else if let source = CSVSource.parse(bytes, displayPath: "fuzz.csv", diagnostics: &diagnostics) {
        sources = [source]
    }
    for source in sources { exercise(source, diagnostics: &diagnostics) }
    for item in diagnostics.items { _ = item.problem.spanish }
    return 0
}

private func workbookSheets(_ bytes: [UInt8], diagnostics: inout Diagnostics) -> [CSVSource] {
    guard (try? Data(bytes).write(to: scratch)) != nil,
          let workbook = XLSXWorkbook.open(scratch, displayPath: "fuzz.xlsx", diagnostics: &diagnostics) else { return [] }
    return workbook.sheetNames.indices.compactMap { workbook.sheet($0, diagnostics: &diagnostics) }
}

private func exercise(_ source: CSVSource, diagnostics: inout Diagnostics) {
    _ = source.records(prefix: 3)
    for record in source.records.prefix(50) {
        for (column, field) in record.fields.enumerated() {
            _ = source.location(record, column: column)
            _ = ValueParsing.money(field)
            _ = ValueParsing.percent(field)
            _ = ValueParsing.number(field)
            _ = ValueParsing.date(field, order: .monthFirst)
        }
    }
    let catalog = TerritoryCatalog.read(source, diagnostics: &diagnostics) ?? .builtIn
    // The same bytes as a contracts file, merged with itself (the merging path), joined to the cut below.
    var merging = ContractMerging()
    if let file = ContractReader().read(source, diagnostics: &diagnostics) {
        merging.add(file, diagnostics: &diagnostics)
        merging.add(file, diagnostics: &diagnostics)
    }
    let report = Cuadro1SReader(territories: .builtIn).read(source, cut: ReportCut(year: 2025, quarter: 1)!, diagnostics: &diagnostics)
    if report != nil || !merging.contracts.isEmpty {
        let data = CityData(territories: catalog, reports: report.map { [$0] } ?? [], contracts: merging.contracts)
        // Every dataset the site would publish, written in each of its formats.
        for dataset in DatasetBuilder.datasets(for: data, municipality: CatalogInfo.defaultMunicipality) {
            _ = CSVWriter.write(dataset.table)
            _ = JSONTableWriter.write(dataset.table)
            _ = try? XLSXWriter.write(dataset.table, date: nil)
        }
    }
    if let execution = BudgetExecutionReader(territories: .builtIn).read(source, period: "2025-03", diagnostics: &diagnostics) {
        _ = CSVWriter.write(BudgetExecutionTables.lines(execution.lines, period: execution.period, territories: .builtIn))
    }
}
