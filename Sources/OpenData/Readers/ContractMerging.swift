/// Merges the contracts of every file into one record per contract id, in the order first read
/// (files sorted by name, then rows): BPINs are united (one contract may fund several projects),
/// a field missing in one place is taken from another, and two different values of a field are a
/// warning naming both places, the first being kept.
struct ContractMerging {
    private(set) var contracts: [Contract] = []
    private var positions: [String: Int] = [:]

    mutating func add(_ file: ContractFile, diagnostics: inout Diagnostics) {
        for row in file.rows {
            guard let position = positions[row.id] else {
                positions[row.id] = contracts.count
                var first = row
                first.bpins = Array(Set(row.bpins)).sorted()
                contracts.append(first)
                continue
            }
            var merged = contracts[position]
            merged.bpins = Array(Set(merged.bpins + row.bpins)).sorted()
            var conflicts: [(ContractColumn, String, String)] = []
            func text(_ path: WritableKeyPath<Contract, String>, _ column: ContractColumn) {
                let kept = merged[keyPath: path], other = row[keyPath: path]
                if kept.isEmpty { merged[keyPath: path] = other } else if !other.isEmpty,
                    HeaderName.normalise(kept) != HeaderName.normalise(other) { conflicts.append((column, kept, other)) }
            }
            func value<V: Equatable>(_ path: WritableKeyPath<Contract, V?>, _ column: ContractColumn, _ show: (V) -> String) {
                guard let other = row[keyPath: path] else { return }
                guard let kept = merged[keyPath: path] else { merged[keyPath: path] = other; return }
                if kept != other { conflicts.append((column, show(kept), show(other))) }
            }
            text(\.reference, .reference)
            text(\.process, .process)
            text(\.status, .status)
            text(\.type, .type)
            text(\.modality, .modality)
            if merged.object.isEmpty { merged.object = row.object }
            if merged.url == nil { merged.url = row.url }
            value(\.value, .value) { String($0) }
            value(\.paid, .paid) { String($0) }
            value(\.signed, .signed) { $0.iso }
            value(\.start, .start) { $0.iso }
            value(\.end, .end) { $0.iso }
            switch (merged.supplier, row.supplier) {
            case (nil, let other?): merged.supplier = other
            case (var kept?, let other?):
                if kept.name.isEmpty { kept.name = other.name } else if !other.name.isEmpty,
                    HeaderName.normalise(kept.name) != HeaderName.normalise(other.name) {
                    conflicts.append((.supplierName, kept.name, other.name))
                }
                if kept.nit == nil { kept.nit = other.nit }
                merged.supplier = kept
            default: break
            }
            for (column, kept, other) in conflicts {
                let location = SourceLocation(file: row.source.file, line: row.source.line, column: (file.columns[column] ?? 0) + 1)
                diagnostics.warning(location, .contract(.conflictingContract(
                    id: row.id, field: column.conflictName ?? "", kept: kept, other: other,
                    firstFile: merged.source.file, firstLine: merged.source.line)))
            }
            contracts[position] = merged
        }
    }
}
