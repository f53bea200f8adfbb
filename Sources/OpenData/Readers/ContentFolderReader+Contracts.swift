import Foundation

/// Reads `contratos/*.csv`, the public contracts (SECOP II and the contracts-by-project list), each
/// file through `reading` so that `sitegen serve` reads again only a changed file, then merges them
/// by contract id. Each file's read time is kept for `sitegen check --timings`.
extension ContentFolderReader {
    func readContracts(diagnostics: inout Diagnostics, readTimes: inout [SourceReadTime]) -> [Contract] {
        let folder = ContentLayout.contracts
        var merging = ContractMerging()
        for name in files(in: folder, extension: "csv") {
            let path = display("\(folder)/\(name)")
            let url = root.appendingPathComponent(folder).appendingPathComponent(name)
            let started = SourceReadTime.Start()
            defer { readTimes.append(SourceReadTime(path: path, since: started)) }
            let file: ContractFile? = reading.read(url, kind: "contratos", diagnostics: &diagnostics) { diagnostics in
                guard let source = CSVSource.read(url, displayPath: path, diagnostics: &diagnostics) else { return nil }
                return ContractReader().read(source, diagnostics: &diagnostics)
            }
            if let file { merging.add(file, diagnostics: &diagnostics) }
        }
        return merging.contracts
    }
}
