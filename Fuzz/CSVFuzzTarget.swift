// libFuzzer entry for the CSV reader: decoding, delimiter detection, parsing, header matching and
// value parsing of every field must never crash, whatever the bytes. Built by scripts/fuzz-csv.sh
// together with the OpenData CSV, Values and Diagnostics sources (not part of the package).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    var diagnostics = Diagnostics()
    guard let source = CSVSource.parse(bytes, displayPath: "fuzz.csv", diagnostics: &diagnostics) else { return 0 }
    if let header = HeaderMap(records: source.records, required: ["BP", "COMUNA", "PPTO INICIAL"]) {
        _ = header.column("BP")
    }
    for record in source.records.prefix(200) {
        for (column, field) in record.fields.enumerated() {
            _ = source.location(record, column: column)
            _ = ValueParsing.money(field)
            _ = ValueParsing.percent(field)
            _ = ValueParsing.number(field)
            _ = ValueParsing.date(field, order: .monthFirst)
            _ = ValueParsing.date(field, order: .dayFirst)
        }
    }
    return 0
}
