import Foundation
import Testing
@testable import OpenData

/// The OC4IDS project package of the small city of ContractTablesTests: one project per BP code,
/// identified by BPIN, with its budget over every territory and its contracts.
@Suite(.tags(.unit)) struct OC4IDSWriterTests {
    static func package(contracts: [Contract]) throws -> [String: Any] {
        let info = CatalogInfo(title: "Sitio", description: "", baseURL: "https://example.org/", language: "es-CO",
                               publisherName: "Alcaldía", publisherURL: "", publisherEmail: "", contactEmail: "",
                               licenseID: "CC-BY-4.0", licenseTitle: "CC BY 4.0", licenseURL: "https://creativecommons.org/licenses/by/4.0/",
                               date: LocalDate(year: 2025, month: 7, day: 15), municipality: CatalogInfo.defaultMunicipality)
        let bytes = OC4IDSWriter.write(ContractTablesTests.data(contracts: contracts), info: info, boxes: [:])
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test func oneProjectPerBPWithItsContracts() throws {
        let package = try Self.package(contracts: ContractTablesTests.contracts)
        #expect(package["uri"] as? String == "https://example.org/datos/oc4ids.json")
        #expect(package["publishedDate"] as? String == "2025-07-15T00:00:00Z")
        let projects = try #require(package["projects"] as? [[String: Any]])
        // BP1 and BP2 by their BPIN, BP3 (no BPIN) by its BP code.
        #expect(projects.map { $0["id"] as? String } == ["111", "222", "BP3"])
        let bp2 = projects[1]
        #expect(((bp2["budget"] as? [String: Any])?["amount"] as? [String: Any])?["amount"] as? Int == 40)
        #expect((bp2["locations"] as? [[String: Any]])?.map { $0["id"] as? String } == ["1", "2"])
        let processes = try #require(projects[0]["contractingProcesses"] as? [[String: Any]])
        #expect(processes.map { $0["id"] as? String } == ["C1", "C2"])
        let parties = try #require(projects[0]["parties"] as? [[String: Any]])
        #expect(parties.map { $0["roles"] as? [String] } == [["publicAuthority"], ["supplier"], ["supplier"]])
        #expect(parties.contains { $0["id"] as? String == "nit-900123456" })
        #expect(projects[2]["contractingProcesses"] == nil)
    }

    @Test func deterministic() throws {
        let info = CatalogInfo(title: "S", description: "", baseURL: "", language: "es-CO", publisherName: "A", publisherURL: "",
                               publisherEmail: "", contactEmail: "", licenseID: "", licenseTitle: "", licenseURL: "", date: nil,
                               municipality: CatalogInfo.defaultMunicipality)
        let data = ContractTablesTests.data(contracts: ContractTablesTests.contracts)
        #expect(OC4IDSWriter.write(data, info: info, boxes: [:]) == OC4IDSWriter.write(data, info: info, boxes: [:]))
    }

    @Test func modalitiesStatusesAndTypesMapToTheCodelists() {
        #expect(OC4IDSWriter.procurementMethod("Licitación pública") == "open")
        #expect(OC4IDSWriter.procurementMethod("Mínima cuantía") == "open")
        #expect(OC4IDSWriter.procurementMethod("Selección abreviada de menor cuantía") == "selective")
        #expect(OC4IDSWriter.procurementMethod("Concurso de méritos abierto") == "selective")
        #expect(OC4IDSWriter.procurementMethod("Contratación directa") == "direct")
        #expect(OC4IDSWriter.procurementMethod("Otra") == nil)
        #expect(OC4IDSWriter.status("En ejecución") == "active")
        #expect(OC4IDSWriter.status("terminado") == "closed")
        #expect(OC4IDSWriter.status("") == nil)
        #expect(OC4IDSWriter.nature("Obra") == "construction")
        #expect(OC4IDSWriter.nature("Interventoría") == "supervision")
        #expect(OC4IDSWriter.nature("Prestación de servicios") == nil)
    }
}
