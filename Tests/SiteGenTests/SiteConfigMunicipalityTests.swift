import Foundation
import OpenData
import Testing
@testable import SiteGen

/// site.yml `municipio` names the municipality in the catalog; without it, Santiago de Cali.
@Suite(.tags(.unit)) struct SiteConfigMunicipalityTests {
    static func read(_ yaml: String?) throws -> (SiteConfig, Diagnostics) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("siteyml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(ContentLayout.siteConfig)
        if let yaml { try Data(yaml.utf8).write(to: url) }
        var diagnostics = Diagnostics()
        let config = SiteConfig.read(url, displayPath: "content/site.yml", environment: [:], diagnostics: &diagnostics)
        return (config, diagnostics)
    }

    @Test func municipioIsRead() throws {
        let (config, diagnostics) = try Self.read("title: Datos\nmunicipio: \"  Popayán \"\n")
        #expect(config.municipality == "Popayán")
        #expect(diagnostics.items.isEmpty)
        #expect(CatalogStage.info(config).municipality == "Popayán")
    }

    @Test func withoutMunicipioTheDefaultIsSantiagoDeCali() throws {
        #expect(try Self.read("title: Datos\n").0.municipality == "Santiago de Cali")
        #expect(try Self.read(nil).0.municipality == "Santiago de Cali")
        #expect(try Self.read("municipio: \"\"\n").0.municipality == "Santiago de Cali")
    }
}
