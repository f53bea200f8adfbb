import Foundation
import OpenData
import Testing
@testable import SiteGen

/// `sitegen init`: the starter folder it writes, its refusal of a non-empty folder, and that the
/// folder builds at once with the "sitio en preparación" notice while `check` lists what is missing.
@Suite(.tags(.site)) struct InitCommandTests {
    static func starter(municipality: String = "Popayán", daneCode: String = "19001") throws -> URL {
        let folder = TestSupport.temporaryFolder("init").appendingPathComponent("nuevo")
        try StarterFolder.write(to: folder, municipality: municipality, daneCode: daneCode)
        return folder
    }

    @Test func writesTheExpectedFiles() throws {
        let folder = try Self.starter()
        for path in ["site.yml", "territorios.csv", "paginas/acerca.md", "diagnosticos/ejemplo.md"]
            + ["informes-1s", "ejecucion", "contratos", "planes", "diagnosticos", "paginas", "geo"].map({ $0 + "/README.md" }) {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path), "\(path)")
        }
        #expect(try TestSupport.read(folder.appendingPathComponent("territorios.csv")) == "codigo,tipo,nombre,alias\n")
    }

    @Test func siteYmlHasEveryKeyAndTheOptions() throws {
        let folder = try Self.starter()
        let text = try TestSupport.read(folder.appendingPathComponent("site.yml"))
        for key in ["title:", "description:", "municipio:", "codigo_dane:", "base_url:", "language:", "example_data: true",
                    "en_preparacion:", "publisher:", "contact:", "pqrsd_url:", "license:", "date:"] {
            #expect(text.contains(key), "\(key)")
        }
        var diagnostics = Diagnostics()
        let config = SiteConfig.read(folder.appendingPathComponent("site.yml"), displayPath: "nuevo/site.yml",
                                     environment: [:], diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty)
        #expect(config.municipality == "Popayán")
        #expect(config.daneCode == "19001")
        #expect(config.exampleData)
        #expect(config.publisher.name == "Alcaldía de Popayán")
    }

    @Test func buildsAtOnceWithTheNoticeAndTheMunicipality() throws {
        let folder = try Self.starter()
        let site = try TestSupport.build(folder, environment: ["SOURCE_DATE_EPOCH": "1735689600"])
        let home = try TestSupport.read(site.appendingPathComponent("index.html"))
        #expect(home.contains("Sitio en preparación:"))
        #expect(home.contains("Popayán"))
        let about = try TestSupport.read(site.appendingPathComponent("paginas/acerca/index.html"))
        #expect(about.contains("Sitio en preparación:"))
        let datapackage = try TestSupport.read(site.appendingPathComponent("datos/datapackage.json"))
        #expect(datapackage.contains("Popayán"))
        let city = try Regex(#"\bCali\b"#)
        for file in try TestSupport.snapshot(site) where !String(decoding: file.value, as: UTF8.self).ranges(of: city).isEmpty {
            Issue.record("\(file.key) names the built-in city")
        }
    }

    @Test func checkListsWhatIsMissing() throws {
        let folder = try Self.starter()
        let (content, diagnostics) = SiteBuilder(options: .init(content: folder, output: URL(fileURLWithPath: "/dev/null"))).check()
        #expect(!diagnostics.hasErrors)
        let content2 = try #require(content)
        #expect(content2.data.territories.local.isEmpty)
        #expect(!content2.usesBuiltInTerritories)
        let notes = SiteReadiness.missing(content2)
        #expect(notes.contains { $0.contains("territorios.csv no tiene territorios") })
        #expect(notes.contains { $0.contains("ningún corte del Cuadro 1S") })
    }

    @Test func refusesANonEmptyFolderUnlessForced() throws {
        let folder = TestSupport.temporaryFolder("init")
        try Data("x".utf8).write(to: folder.appendingPathComponent("notas.txt"))
        #expect(throws: StarterFolder.Failure.self) { try StarterFolder.write(to: folder) }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("site.yml").path))
        try StarterFolder.write(to: folder, force: true)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site.yml").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notas.txt").path))
    }

    @Test func refusesABadDANECode() throws {
        let folder = TestSupport.temporaryFolder("init").appendingPathComponent("nuevo")
        #expect(throws: StarterFolder.Failure.self) { try StarterFolder.write(to: folder, daneCode: "7600") }
    }

    @Test func theDefaultContentNeedsNoPreparationNotice() throws {
        let (content, _) = SiteBuilder(options: .init(content: TestSupport.defaultContent, output: URL(fileURLWithPath: "/dev/null"))).check()
        let loaded = try #require(content)
        #expect(!loaded.config.inPreparation)
        #expect(SiteReadiness.missing(loaded).isEmpty)
        #expect(SiteReadiness.buildNotes(loaded).isEmpty)
    }

    @Test func withoutTerritoriesCsvTheBuiltInListIsUsedAndNoted() throws {
        let folder = try Self.starter()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("territorios.csv"))
        let (content, _) = SiteBuilder(options: .init(content: folder, output: URL(fileURLWithPath: "/dev/null"))).check()
        let loaded = try #require(content)
        #expect(loaded.usesBuiltInTerritories)
        #expect(loaded.data.territories.territories.count == BuiltInDefaults.territories.territories.count)
        #expect(SiteReadiness.buildNotes(loaded).count == 1)
    }
}
