import Foundation
import Testing
@testable import OpenData

/// What the catalog writers state for the portals (issue 14, part 4), on a two-dataset catalog: valid
/// CKAN tags, the licence CKAN maps, a geometry for every place (the city's box for a place without
/// an outline), versions for both DCAT-AP profiles, and issued dates.
@Suite(.tags(.unit)) struct PortalMetadataTests {
    static let pance = Territory(code: 53, kind: .corregimiento, name: "Pance")
    static let box = BoundingBox(west: -76.7, south: 3.25, east: -76.5, north: 3.4)

    static func catalog(boxes: [String: BoundingBox]) -> Catalog {
        let info = CatalogInfo(title: "Datos", description: "Catálogo de prueba", baseURL: "https://example.org/", language: "es-CO",
                               publisherName: "Alcaldía", publisherURL: "", publisherEmail: "", contactEmail: "",
                               licenseID: "CC-BY-4.0", licenseTitle: "CC BY 4.0", licenseURL: "https://creativecommons.org/licenses/by/4.0/",
                               date: LocalDate(iso: "2025-07-15"), municipality: "Popayán")
        let datasets = [DatasetScope.territory(pance), .wholeCity].map {
            Dataset(kind: .proyectos, scope: $0, table: Table(columns: [Column.bankCode(municipality: info.municipality)], rows: []), cut: nil)
        }
        var files: [String: FileFacts] = [:]
        for dataset in datasets { files[dataset.basePath + ".csv"] = FileFacts(Array(dataset.basePath.utf8)) }
        return CatalogBuilder.build(datasets: datasets, files: files, info: info, territories: .builtIn, boxes: boxes)
    }

    static func objects(_ graph: RDFGraph, _ subject: String, _ predicate: String) -> [RDFGraph.Object] {
        graph.triples.filter { $0.subject == subject && $0.predicate == RDFGraph.expand(predicate) }.map(\.object)
    }

    @Test func tagsKeepOnlyWhatCKANsValidatorTakes() {
        #expect(DatasetMetadata.tag("Popayán (todos los territorios)") == "Popayán todos los territorios")
        #expect(DatasetMetadata.tag("inversión pública") == "inversión pública")
        #expect(DatasetMetadata.tag("Cuadro 1S: 2025-T1 (v2.0)") == "Cuadro 1S 2025-T1 v2.0")
        let city = Self.catalog(boxes: [:]).datasets[1]
        #expect(city.keywords.contains("Popayán (todos los territorios)"))
        #expect(city.tags.contains("Popayán todos los territorios"))
        #expect(city.tags.allSatisfy { $0.allSatisfy { $0.isLetter || $0.isNumber || " -_.".contains($0) } })
    }

    @Test func everyPlaceHasAGeometryBoxAndCentroidWhenTerritoriesAreOutlined() throws {
        let graph = DCATWriter.graph(Self.catalog(boxes: ["pance": Self.box]))
        let places = ["https://example.org/datos/territorios/pance/#territorio", "https://example.org/datos/ciudad-completa/#territorio"]
        for place in places {
            let geometry = try #require(Self.objects(graph, place, "locn:geometry").first)
            guard case .literal(let json, let type) = geometry else { Issue.record("\(geometry)"); continue }
            #expect(type == "https://www.iana.org/assignments/media-types/application/vnd.geo+json")
            // The city-wide place, with no outline of its own, takes the box around every outline.
            #expect(json == "{\"type\":\"Polygon\",\"coordinates\":[[[-76.7,3.25],[-76.5,3.25],[-76.5,3.4],[-76.7,3.4],[-76.7,3.25]]]}")
            #expect(Self.objects(graph, place, "dcat:centroid") == [.literal("POINT(-76.6 3.325)", datatype: DCATWriter.wktLiteral)])
            #expect(Self.objects(graph, place, "dcat:bbox").count == 1)
        }
        #expect(Self.objects(graph, "https://example.org/datos/", "dct:spatial") == [.iri(places[1])])
    }

    @Test func withoutOutlinesAPlaceHasOnlyItsName() {
        let graph = DCATWriter.graph(Self.catalog(boxes: [:]))
        let place = "https://example.org/datos/territorios/pance/#territorio"
        #expect(Self.objects(graph, place, "locn:geometry").isEmpty)
        #expect(Self.objects(graph, place, "skos:prefLabel") == [.text("Pance", language: "es")])
    }

    @Test func licenceVersionAndDatesAreStatedForBothProfiles() {
        let graph = DCATWriter.graph(Self.catalog(boxes: [:]))
        let license = "https://creativecommons.org/licenses/by/4.0/"
        #expect(Self.objects(graph, license, "rdf:type") == [.iri(RDFGraph.expand("dct:LicenseDocument"))])
        // CKAN's licence register knows CC BY by this title (its own IRI for it is opendefinition.org's).
        #expect(Self.objects(graph, license, "dct:title").contains(.text("Creative Commons Attribution", language: "en")))
        let dataset = "https://example.org/datos/territorios/pance/proyectos"
        let date = RDFGraph.Object.literal("2025-07-15", datatype: RDFGraph.expand("xsd:date"))
        #expect(Self.objects(graph, dataset, "dcat:version") == Self.objects(graph, dataset, "owl:versionInfo"))
        #expect(Self.objects(graph, dataset, "owl:versionInfo").count == 1)
        #expect(Self.objects(graph, dataset, "dct:issued") == [date])
        #expect(Self.objects(graph, dataset + "#csv", "dct:issued") == [date])
        #expect(Self.objects(graph, "https://example.org/datos/", "dct:issued") == [date])
    }

    @Test func dataJSONStatesIssuedAndTheCitysBox() throws {
        let document = DataJSONWriter.document(Self.catalog(boxes: ["pance": Self.box])).compact
        #expect(document.components(separatedBy: "\"issued\":\"2025-07-15\"").count == 3)
        #expect(document.components(separatedBy: "\"spatial\":\"-76.7,3.25,-76.5,3.4\"").count == 3)
        #expect(document.contains("\"Popayán todos los territorios\""))
        #expect(!document.contains("\"Popayán (todos los territorios)\""), "the keyword, not the title")
    }
}
