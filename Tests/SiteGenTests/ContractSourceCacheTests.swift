import Foundation
import OpenData
import SiteGen
import Testing

/// `sitegen serve` reads contracts files through its cache: an unchanged file is taken from it with
/// its problems, a changed one is read again.
@Suite(.tags(.unit)) struct ContractSourceCacheTests {
    @Test func aChangedContractsFileIsReadAgain() throws {
        let content = try TestSupport.content(writing: [
            ContentLayout.contracts + "/a.csv": "id_contrato,c_digo_bpin,urlproceso\nCO1.PCCNTR.1,2024760010001,ftp://x\n",
        ])
        defer { try? FileManager.default.removeItem(at: content) }
        let cache = SourceCache()
        let reader = ContentFolderReader(root: content, reading: cache)
        var first = Diagnostics()
        #expect(reader.read(diagnostics: &first).data.contracts.map(\.id) == ["CO1.PCCNTR.1"])
        var again = Diagnostics()
        #expect(reader.read(diagnostics: &again).data.contracts.map(\.id) == ["CO1.PCCNTR.1"])
        #expect(cache.hits == 1 && cache.misses == 1)
        #expect(again.items.map(\.problem.code) == ["not_web_address"], "a cached file's problems are reported again")

        let file = content.appendingPathComponent(ContentLayout.contracts + "/a.csv")
        try Data("id_contrato,c_digo_bpin\nCO1.PCCNTR.2,2024760010002\nCO1.PCCNTR.3,0\n".utf8).write(to: file)
        var changed = Diagnostics()
        let contracts = reader.read(diagnostics: &changed).data.contracts
        #expect(contracts.map(\.id) == ["CO1.PCCNTR.2", "CO1.PCCNTR.3"])
        #expect(contracts.map(\.bpins) == [["2024760010002"], []])
        #expect(changed.items.isEmpty)
        #expect(cache.misses == 2)
    }
}
