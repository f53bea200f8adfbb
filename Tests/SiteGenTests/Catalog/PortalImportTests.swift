import Foundation
import Testing
@testable import SiteGen

/// Issue 14, part 4: a catalog that portals take whole. CKAN's own RDF parser (ckanext-dcat 2.4,
/// profiles `euro_dcat_ap_3` and `euro_dcat_ap_2`) reads every dataset with a licence id, a spatial
/// geometry, a version, issued and modified dates and valid tags; the official DCAT-AP 3.0.1 SHACL
/// shapes report nothing. Judged on the default site and on a site of the four real Cuadro 1S
/// workbooks with the real comunas GeoJSON; the figures are printed.
@Suite(.tags(.external), .realData, .enabled(if: PortalTools.available, Comment(rawValue: PortalTools.missing)))
struct PortalImportTests {
    /// Both sites, with whether their content outlines the territories (a geo/ folder).
    static func sites() throws -> [(name: String, output: URL, outlined: Bool)] {
        [("default", try CatalogSites.defaultSite.get(), PortalTools.hasGeometry(try CatalogSites.defaultContent())),
         ("real", try PortalTools.realSite.get(), true)]
    }

    @Test func ckanParsesEveryDatasetWholeUnderBothProfiles() throws {
        for site in try Self.sites() {
            let catalog = site.output.appendingPathComponent("datos/catalog.ttl")
            let run = try CatalogTools.python(CatalogTools.scripts.appendingPathComponent("ckan_parse.py"), [catalog.path], interpreter: PortalTools.ckanPython)
            print("[\(site.name)] " + run.output)
            let stated = try TestSupport.read(catalog).components(separatedBy: " a dcat:Dataset").count - 1
            for profile in ["euro_dcat_ap_3", "euro_dcat_ap_2"] {
                let figures = try #require(PortalTools.figures(run.output, profile: profile), "\(site.name) \(profile): \(CatalogTools.tail(run))")
                let datasets = try #require(figures["datasets"])
                #expect(datasets == stated && datasets > 0, "\(site.name) \(profile): every stated dataset parses")
                for field in ["license_id", "version", "issued", "modified"] {
                    #expect(figures[field] == datasets, "\(site.name) \(profile): \(field) on \(figures[field] ?? -1) of \(datasets)")
                }
                // Without a geo/ folder there is no geometry to state: CKAN's spatial is then empty.
                #expect(figures["spatial"] == (site.outlined ? datasets : 0), "\(site.name) \(profile): spatial on \(figures["spatial"] ?? -1) of \(datasets)")
                #expect(figures["invalid_tags"] == 0, "\(site.name) \(profile)")
                #expect((figures["resources"] ?? 0) >= datasets * 3, "\(site.name) \(profile): CSV, JSON and XLSX of each at least")
            }
        }
    }

    @Test func ckanFindsItsLicenceIdAndTheGeometry() throws {
        let site = try PortalTools.realSite.get()
        let run = try CatalogTools.python(CatalogTools.scripts.appendingPathComponent("ckan_parse.py"),
                                          [site.appendingPathComponent("datos/catalog.jsonld").path, "euro_dcat_ap_3"],
                                          interpreter: PortalTools.ckanPython)
        #expect(run.status == 0, "\(CatalogTools.tail(run))")
        #expect(run.output.contains("\"license_id\": \"cc-by\""), "\(CatalogTools.tail(run))")
        #expect(run.output.contains("\"spatial\": \"{\\\"type\\\":\\\"Polygon\\\""), "\(CatalogTools.tail(run))")
    }

    @Test func dcatAP301ShapesReportNoResult() throws {
        for site in try Self.sites() {
            for file in ["catalog.ttl", "catalog.jsonld"] {
                let catalog = site.output.appendingPathComponent("datos/" + file)
                let script = CatalogTools.sharedTools.appendingPathComponent("dcatap_check.py")
                let run = try CatalogTools.python(script, [catalog.path])
                print("[\(site.name) \(file)] " + run.output)
                #expect(run.output.contains("shapes.ttl: 0 result(s)"), "\(site.name) \(file): \(CatalogTools.tail(run))")
                #expect(run.output.contains("range.ttl: 0 result(s)"), "\(site.name) \(file): \(CatalogTools.tail(run))")
                if site.outlined {
                    #expect(run.status == 0 && run.output.contains("triples, 0 result(s)"), "\(site.name) \(file): \(CatalogTools.tail(run))")
                } else {
                    // Without geometry only the locations' recommended box and centroid can be missing.
                    let other = run.output.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.contains("dct:Location dcat:") }
                    #expect(other.isEmpty, "\(site.name) \(file): \(other)")
                }
            }
        }
    }

    @Test func dataJSONStatesIssuedAndSpatialOnEveryDataset() throws {
        for site in try Self.sites() {
            let data = try Data(contentsOf: site.output.appendingPathComponent("data.json"))
            let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let datasets = try #require(root["dataset"] as? [[String: Any]])
            #expect(!datasets.isEmpty)
            for dataset in datasets {
                #expect((dataset["issued"] as? String)?.count == 10, "\(site.name): \(dataset["title"] ?? "?")")
                let spatial = dataset["spatial"] as? String ?? ""
                // A box "west,south,east,north" when the territories are outlined, else the place's name.
                #expect(site.outlined ? spatial.split(separator: ",").compactMap { Double($0) }.count == 4 : !spatial.isEmpty,
                        "\(site.name): \(dataset["title"] ?? "?") spatial \(spatial)")
                for keyword in dataset["keyword"] as? [String] ?? [] {
                    #expect(PortalTools.isCKANTag(keyword), "\(site.name): tag \(keyword)")
                }
            }
        }
    }
}

/// The CKAN venv (scripts/install-test-tools.sh) and the real-data site of the portal tests.
enum PortalTools {
    static var ckanPython: URL { CatalogTools.home.appendingPathComponent("ckan-venv/bin/python") }

    static var available: Bool {
        CatalogTools.available && FileManager.default.isExecutableFile(atPath: ckanPython.path)
    }

    static let missing = "the CKAN venv ($HOME/.cache/sitegen-tools/ckan-venv) or the checkers' venv is missing: run bash scripts/install-test-tools.sh"

    /// The four real Cuadro 1S workbooks, the real comunas outlines and the default territories.
    static func realContent() throws -> URL {
        try TestSupport.content(
            copying: ["informes-1s/2024-T2.xlsx": TestSupport.realFile("CUADRO_1S_Organismos_Junio_2024.xlsx"),
                      "informes-1s/2024-T3.xlsx": TestSupport.realFile("CUADRO_1S_Septiembre_2024.xlsx"),
                      "informes-1s/2025-T1.xlsx": TestSupport.realFile("CUADRO_1S_I_Trimestre_2025.xlsx"),
                      "informes-1s/2025-T2.xlsx": TestSupport.realFile("CUADRO_1S_II_Trimestre_2025.xlsx"),
                      "geo/comunas.geojson": TestSupport.realFile("comunas.geojson"),
                      "territorios.csv": TestSupport.defaultContent.appendingPathComponent("territorios.csv")],
            writing: ["site.yml": "title: \"Cuadro 1S real\"\nbase_url: \"\(CatalogSites.baseURL)\"\nexample_data: false\ndate: \"2025-07-15\"\n"])
    }

    static let realSite: Result<URL, Error> = Result { try TestSupport.build(realContent()) }

    static func hasGeometry(_ content: URL) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("geo").path)) ?? []
        return names.contains { $0.hasSuffix(".geojson") }
    }

    /// The `key=N` figures of ckan_parse.py's line for one profile.
    static func figures(_ output: String, profile: String) -> [String: Int]? {
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix(profile + " ") }) else { return nil }
        var figures: [String: Int] = [:]
        for part in line.split(separator: " ").dropFirst() {
            let pair = part.split(separator: "=")
            if pair.count == 2, let value = Int(pair[1]) { figures[String(pair[0])] = value }
        }
        return figures
    }

    /// CKAN's tag validator: 2 to 100 characters, only letters, digits, spaces and `- _ .`.
    static func isCKANTag(_ tag: String) -> Bool {
        (2...100).contains(tag.count) && tag.allSatisfy { $0.isLetter || $0.isNumber || " -_.".contains($0) }
    }
}
