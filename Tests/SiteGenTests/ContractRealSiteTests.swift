import Foundation
import OpenData
import Testing
@testable import SiteGen

/// Issue 13's "Done when": with the real quarter I 2025 workbook and both real contract files,
/// every project whose BPIN is in the contract files shows its contracts on its ficha, and the
/// city's `contratos.csv` names exactly those projects. The expected set is worked out here from
/// the CSV files with a parser of its own, apart from the reader and the join.
@Suite(.tags(.site), .realData) struct ContractRealSiteTests {
    static let site: Result<URL, any Error> = Result {
        let content = try TestSupport.content(copying: [
            "informes-1s/2025-T1.xlsx": TestSupport.realFile("CUADRO_1S_I_Trimestre_2025.xlsx"),
            "contratos/por-proyecto.csv": TestSupport.realFile(ContractRealFilesTests.byProject),
            "contratos/secop.csv": TestSupport.realFile(ContractRealFilesTests.secop),
        ])
        return try TestSupport.build(content)
    }

    /// The values of `column` in a comma-separated file (quotes and doubled quotes inside them).
    static func column(_ column: String, of url: URL) throws -> [String] {
        var records: [[String]] = [[]]
        var field = ""
        var quoted = false
        var previous: Character = "\0"
        for character in try TestSupport.read(url) {
            if quoted {
                if character == "\"" { quoted = false } else { field.append(character) }
            } else if character == "\"" {
                if previous == "\"" { field.append("\"") }
                quoted = true
            } else if character == "," {
                records[records.count - 1].append(field)
                field = ""
            } else if character == "\n" || character == "\r\n" {
                records[records.count - 1].append(field)
                field = ""
                records.append([])
            } else if character != "\r" {
                field.append(character)
            }
            previous = character
        }
        if !field.isEmpty || !(records.last?.isEmpty ?? true) { records[records.count - 1].append(field) }
        let header = try #require(records.first)
        let index = try #require(header.firstIndex(of: column), "\(column) in \(url.lastPathComponent)")
        return records.dropFirst().filter { $0.count == header.count }.map { $0[index] }
    }

    /// A BPIN as the files write it, digits only ("2024760010977.0" → "2024760010977"); nil for
    /// none ("", "0").
    static func bpin(_ value: String) -> String? {
        let trimmed = value.hasSuffix(".0") ? String(value.dropLast(2)) : value
        let digits = trimmed.filter(\.isNumber)
        return digits.isEmpty || digits == "0" ? nil : digits
    }

    /// BP codes of the built projects dataset whose BPIN is in the contract files.
    static func expectedProjects(_ output: URL) throws -> Set<String> {
        let bpins = Set(try column("bpin", of: TestSupport.realFile(ContractRealFilesTests.byProject)).compactMap(bpin)
            + column("c_digo_bpin", of: TestSupport.realFile(ContractRealFilesTests.secop)).compactMap(bpin))
        let projects = output.appendingPathComponent("datos/ciudad-completa/proyectos.csv")
        let pairs = zip(try column("bp", of: projects), try column("bpin", of: projects))
        return Set(pairs.filter { bpins.contains($0.1) }.map(\.0))
    }

    @Test func everyProjectWithContractsShowsThemOnItsFicha() throws {
        let output = try Self.site.get()
        let expected = try Self.expectedProjects(output)
        #expect(expected.count > 50, "the real files join many projects: \(expected.count)")
        let folder = output.appendingPathComponent("proyectos")
        var shown = Set<String>()
        var withSection = 0
        for bp in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let page = folder.appendingPathComponent(bp).appendingPathComponent("index.html")
            guard let html = try? TestSupport.read(page) else { continue }
            if html.contains("<h2 id=\"contratos\">") { withSection += 1 }
            if html.contains("<ol class=\"contratos\">") { shown.insert(bp) }
        }
        #expect(withSection > expected.count, "every ficha has the section, with contracts or without")
        #expect(shown == expected, "missing: \(expected.subtracting(shown).sorted()); extra: \(shown.subtracting(expected).sorted())")
    }

    /// Needs the contracts datasets (branch contracts-data).
    @Test func cityContractsDatasetNamesTheSameProjects() throws {
        let output = try Self.site.get()
        let expected = try Self.expectedProjects(output)
        let file = output.appendingPathComponent("datos/ciudad-completa/contratos.csv")
        let bps = Set(try Self.column("bp", of: file).filter { !$0.isEmpty })
        #expect(bps == expected, "missing: \(expected.subtracting(bps).sorted()); extra: \(bps.subtracting(expected).sorted())")
    }
}
