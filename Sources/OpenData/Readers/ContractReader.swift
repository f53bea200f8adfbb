import Foundation

/// The contracts of one file, one per row as written (rows are merged by id across all files
/// afterwards), with the columns they came from so that later messages can point at cells.
struct ContractFile: Sendable {
    var rows: [Contract]
    /// The 0-based column of each field read.
    var columns: [ContractColumn: Int]
}

/// Reads a contracts file (`contratos/*.csv`) by header name, in either layout (`ContractLayout`).
/// It is the privacy gate: only the columns of `ContractColumn` are read, and a supplier document is
/// kept only when it is a NIT.
struct ContractReader {
    func read(_ source: CSVSource, diagnostics: inout Diagnostics) -> ContractFile? {
        let records = source.records
        let every = ContractColumn.allCases.flatMap { $0.secopNames + $0.byProjectNames }
        let header = HeaderMap(records: records, required: every)
        let found = header?.names ?? records.first?.fields.map { $0.trimmedWhitespace } ?? []
        let layout: ContractLayout
        if let header, (ContractColumn.id.secopNames + ContractColumn.bpin.secopNames).contains(where: header.contains) {
            layout = .secop
        } else if let header, (ContractColumn.id.byProjectNames + ContractColumn.bpin.byProjectNames).contains(where: header.contains) {
            layout = .byProject
        } else {
            let line = header.map { records[$0.headerIndex].line } ?? 1
            diagnostics.error(SourceLocation(file: source.path, line: line, column: 1),
                              .contract(.noContractColumns(found: found.filter { !$0.isEmpty })))
            return nil
        }
        guard let header else { return nil }
        var columns: [ContractColumn: Int] = [:]
        for column in ContractColumn.allCases {
            columns[column] = layout.names(column).lazy.compactMap { header.column($0) }.first
        }
        var rows: [Contract] = []
        for record in records.dropFirst(header.headerIndex + 1) {
            if record.fields.allSatisfy({ $0.trimmedWhitespace.isEmpty }) { continue }
            var row = ContractRow(source: source, header: header, columns: columns, record: record, layout: layout)
            if let contract = row.read() { rows.append(contract) }
            diagnostics.append(contentsOf: row.diagnostics)
        }
        return ContractFile(rows: rows, columns: columns)
    }
}

/// The cells of one contracts row, collecting problems.
private struct ContractRow {
    let source: CSVSource
    let header: HeaderMap
    let columns: [ContractColumn: Int]
    let record: CSVRecord
    let layout: ContractLayout
    var diagnostics = Diagnostics()

    func text(_ column: ContractColumn) -> String {
        guard let index = columns[column] else { return "" }
        return record[index].trimmedWhitespace
    }

    func location(_ column: ContractColumn) -> SourceLocation {
        source.location(record, column: columns[column] ?? 0)
    }

    func name(_ column: ContractColumn) -> String {
        HeaderName.display(header.names[columns[column] ?? 0])
    }

    mutating func money(_ column: ContractColumn) -> Int64? {
        guard columns[column] != nil else { return nil }
        switch ValueParsing.money(text(column)) {
        case .value(let value): return value
        case .empty: return nil
        case .invalid(let problem):
            diagnostics.warning(location(column), .value(column: name(column), problem))
            return nil
        }
    }

    mutating func date(_ column: ContractColumn) -> LocalDate? {
        let raw = text(column)
        if let iso = ContractValues.isoDate(raw) { return iso }
        switch ValueParsing.date(raw, order: .dayFirst) {
        case .value(let reading): return reading.date
        case .empty: return nil
        case .invalid(let problem):
            diagnostics.warning(location(column), .value(column: name(column), problem))
            return nil
        }
    }

    mutating func supplier() -> Supplier? {
        let name = text(.supplierName)
        let document = text(.supplierDocument)
        let nit: String?
        if layout == .secop, columns[.supplierDocumentType] != nil {
            nit = ContractValues.isNITType(text(.supplierDocumentType)) ? ContractValues.nit(document) : nil
        } else {
            nit = ContractValues.nitByShape(document)
        }
        if ValueParsing.isEmpty(name) && nit == nil { return nil }
        return Supplier(name: ValueParsing.isEmpty(name) ? "" : name, nit: nit)
    }

    mutating func read() -> Contract? {
        let reference = text(.reference)
        let process = text(.process)
        let id = [text(.id), reference, process].first { !ValueParsing.isEmpty($0) } ?? ""
        guard !id.isEmpty else {
            diagnostics.warning(SourceLocation(file: source.path, line: record.line), .contract(.contractWithoutID))
            return nil
        }
        var bpins: [String] = []
        switch ContractValues.bpin(text(.bpin)) {
        case .value(let bpin): bpins = [bpin]
        case .empty: break
        case .invalid: diagnostics.warning(location(.bpin), .contract(.badBPIN(column: name(.bpin), text: text(.bpin))))
        }
        var url: String?
        switch ContractValues.webAddress(text(.url)) {
        case .value(let address): url = address
        case .empty: break
        case .invalid: diagnostics.warning(location(.url), .contract(.notWebAddress(column: name(.url), text: text(.url))))
        }
        let object = [text(.object), text(.processDescription)].first { !ValueParsing.isEmpty($0) } ?? ""
        return Contract(id: id, reference: reference, process: process, bpins: bpins, status: text(.status),
                        type: text(.type), modality: text(.modality), object: object, supplier: supplier(),
                        value: money(.value), paid: money(.paid), signed: date(.signed), start: date(.start),
                        end: date(.end), url: url, source: SourceLocation(file: source.path, line: record.line))
    }
}
