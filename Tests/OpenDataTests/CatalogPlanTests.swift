import Foundation
import OpenData
import Testing

/// The catalog plan (which metadata documents and bundles, with which format) and the
/// municipality of site.yml in the catalog's text.
@Suite(.tags(.unit)) struct CatalogPlanTests {
    static func info(baseURL: String, municipality: String = CatalogInfo.defaultMunicipality) -> CatalogInfo {
        CatalogInfo(title: "Datos", description: "Catálogo de prueba", baseURL: baseURL, language: "es-CO",
                    publisherName: "Alcaldía", publisherURL: "", publisherEmail: "", contactEmail: "",
                    licenseID: "CC-BY-4.0", licenseTitle: "CC BY 4.0", licenseURL: "https://creativecommons.org/licenses/by/4.0/",
                    date: LocalDate(iso: "2025-07-15"), municipality: municipality)
    }

    static let pance = Territory(code: 53, kind: .corregimiento, name: "Pance")

    static func catalog(_ info: CatalogInfo) -> Catalog {
        let datasets = [DatasetScope.territory(pance), .wholeCity].map {
            Dataset(kind: .proyectos, scope: $0, table: Table(columns: [Column.bankCode(municipality: info.municipality)], rows: []), cut: nil)
        }
        var files: [String: FileFacts] = [:]
        for path in datasets.flatMap({ [$0.basePath + ".csv", $0.basePath + ".json"] }) + ["datos/territorios.csv"] {
            files[path] = FileFacts(Array(path.utf8))
        }
        return CatalogBuilder.build(datasets: datasets, files: files, info: info, territories: .builtIn, boxes: [:])
    }

    @Test func withABaseURLTheDCATAndDataJSONCatalogsArePlanned() {
        let plan = CatalogPlan(Self.catalog(Self.info(baseURL: "https://example.org/")))
        #expect(plan.documents.map(\.path) == ["datos/territorios/pance/datapackage.json", "datos/ciudad-completa/datapackage.json",
                                               "datos/datapackage.json", "datos/catalog.ttl", "datos/catalog.jsonld", "data.json"])
        #expect(plan.documents.map(\.format.name) == ["JSON", "JSON", "JSON", "Turtle", "JSON-LD", "JSON"])
        #expect(plan.documents.map(\.format.mediaType) == ["application/json", "application/json", "application/json",
                                                           "text/turtle", "application/ld+json", "application/json"])
        for document in plan.documents { #expect(FileFormats.of(document.path) == document.format) }
        // Each document makes its bytes on its own; both serialisations state the same graph.
        let made = Dictionary(uniqueKeysWithValues: plan.documents.map { ($0.path, String(decoding: $0.make(), as: UTF8.self)) })
        #expect(made["datos/catalog.ttl"]?.contains("https://example.org/datos/territorios/pance/proyectos") == true)
        #expect(made["datos/catalog.jsonld"]?.contains("https://example.org/datos/territorios/pance/proyectos") == true)
        #expect(made["datos/territorios/pance/datapackage.json"]?.contains("\"proyectos.csv\"") == true)
    }

    @Test func withoutABaseURLOnlyTheDataPackagesArePlanned() {
        let plan = CatalogPlan(Self.catalog(Self.info(baseURL: "")))
        #expect(plan.documents.map(\.path) == ["datos/territorios/pance/datapackage.json", "datos/ciudad-completa/datapackage.json",
                                               "datos/datapackage.json"])
    }

    @Test func bundlesHoldEachFolderThenTheWholeCatalog() {
        let plan = CatalogPlan(Self.catalog(Self.info(baseURL: "")))
        #expect(plan.bundles.map(\.path) == ["datos/descargas/pance.zip", "datos/descargas/ciudad-completa.zip",
                                             "datos/descargas/catalogo-completo.zip"])
        #expect(plan.bundles.map(\.folder) == ["territorios/pance", "ciudad-completa", nil])
        #expect(plan.bundles[0].entries == ["datos/territorios/pance/datapackage.json", "datos/territorios/pance/proyectos.csv",
                                            "datos/territorios/pance/proyectos.json"])
        #expect(plan.bundles[2].entries == ["datos/datapackage.json", "datos/territorios.csv"] + plan.bundles[0].entries + plan.bundles[1].entries)
    }

    @Test func formatsBySuffix() {
        #expect(FileFormats.of("datos/x/proyectos.xlsx")?.mediaType == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        #expect(FileFormats.of("datos/descargas/pance.zip") == FileFormats.zip)
        #expect(FileFormats.of("datos/catalog.jsonld") == FileFormats.jsonLD)
        #expect(FileFormats.of("index.html") == nil)
        #expect(FileFormats.datasetFiles.map(\.ext) == ["csv", "json", "xlsx"])
    }

    @Test func theMunicipalityOfSiteYmlNamesTheCatalog() {
        let catalog = Self.catalog(Self.info(baseURL: "https://example.org/", municipality: "Popayán"))
        let city = catalog.datasets[1]
        #expect(city.spatial.name == "Popayán")
        #expect(city.title == "\(DatasetKind.proyectos.title) · Popayán (todos los territorios)")
        #expect(city.keywords.first == "Popayán")
        #expect(catalog.datasets[0].description.contains("de Pance (Popayán)"))
        let texts = CatalogPlan(catalog).documents.map { String(decoding: $0.make(), as: UTF8.self) }
        #expect(texts.allSatisfy { !$0.contains("(Santiago de Cali)") && !$0.contains("de Santiago de Cali") })
        #expect(texts[2].contains("Territorios de Popayán"))
        #expect(texts[2].contains("Banco de Proyectos de Popayán"))
        #expect(DatasetScope.wholeCity.name(municipality: "Popayán") == "Popayán (todos los territorios)")
    }

    @Test func theDatasetsNameTheMunicipalityInTheirColumns() {
        let data = CityData(territories: .builtIn, reports: [], executions: [])
        let named = DatasetBuilder.datasets(for: data, municipality: "Popayán")
        let bankCodes = named.flatMap(\.table.columns).filter { $0.description.hasPrefix("Código del proyecto en el Banco de Proyectos de ") }
        #expect(!bankCodes.isEmpty)
        #expect(bankCodes.allSatisfy { $0.description == "Código del proyecto en el Banco de Proyectos de Popayán." })
        let cali = DatasetBuilder.datasets(for: data).flatMap(\.table.columns).filter { $0.description.hasPrefix("Código del proyecto en el Banco de Proyectos de ") }
        #expect(cali.count == bankCodes.count)
        #expect(cali.allSatisfy { $0.description == "Código del proyecto en el Banco de Proyectos de Santiago de Cali." })
    }
}
