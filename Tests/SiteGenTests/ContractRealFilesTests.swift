import Foundation
import OpenData
import Testing

/// The two real contract files read together: the contracts-by-project list (one row per contract
/// and BPIN) and the SECOP II excerpt (API names). The expected ids and BPINs are computed from the
/// files' rows here, apart from the reader's merging.
@Suite(.tags(.site), .realData) struct ContractRealFilesTests {
    static let byProject = "DERIVED_contratos_por_proyecto.csv"
    static let secop = "DERIVED_secop_ii_contratos_excerpt.csv"

    /// id → BPINs (digits, "0" dropped) from a file's rows, and the number of rows.
    static func rows(_ url: URL, id: String, bpin: String) throws -> (bpins: [String: Set<String>], count: Int) {
        let rows = try TestSupport.csvRows(url)
        var bpins: [String: Set<String>] = [:]
        for row in rows {
            let key = try #require(row[id])
            let value = try #require(row[bpin])
            bpins[key, default: []].formUnion(value == "0" || value.isEmpty ? [] : [value])
        }
        return (bpins, rows.count)
    }

    @Test func bothFilesMergeIntoOneRecordPerContract() throws {
        let content = try TestSupport.content(copying: [
            ContentLayout.contracts + "/por-proyecto.csv": TestSupport.realFile(Self.byProject),
            ContentLayout.contracts + "/secop.csv": TestSupport.realFile(Self.secop),
        ])
        defer { try? FileManager.default.removeItem(at: content) }
        var diagnostics = Diagnostics()
        let contracts = ContentFolderReader(root: content).read(diagnostics: &diagnostics).data.contracts
        #expect(diagnostics.errorCount == 0, "\(diagnostics.items.map(\.formatted))")

        let listed = try Self.rows(TestSupport.realFile(Self.byProject), id: "cod_contrato", bpin: "bpin")
        let secop = try Self.rows(TestSupport.realFile(Self.secop), id: "id_contrato", bpin: "c_digo_bpin")
        #expect(listed.count + secop.count == 753 + 19)
        let expected = listed.bpins.merging(secop.bpins) { $0.union($1) }
        #expect(listed.bpins.count == 652)
        #expect(listed.bpins.values.count { $0.count > 1 } == 43)
        #expect(contracts.count == expected.count)
        #expect(Set(contracts.map(\.id)) == Set(expected.keys))
        #expect(contracts.count { $0.bpins.count > 1 } == expected.values.count { $0.count > 1 })
        for contract in contracts {
            #expect(Set(contract.bpins) == expected[contract.id], "\(contract.id)")
        }
        // Only NITs are kept: the real list holds cédulas (8 digits, 10 digits from 1) too.
        for nit in contracts.compactMap(\.supplier?.nit) {
            #expect(nit.count >= 9 && (nit.hasPrefix("8") || nit.hasPrefix("9")), "\(nit)")
        }
    }
}
