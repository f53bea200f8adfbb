import Foundation
import OpenData
import Testing
@testable import SiteGen

/// The catalog as a person and a harvester meet it, without the external checkers: the catalog page,
/// landing pages, sitemap, stable identifiers, ZIP bundles, geometry and the build without base_url.
@Suite(.tags(.external), .realData) struct CatalogSiteTests {
    static func files(under folder: URL, ending suffix: String) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var out: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(suffix) { out.append(path) }
        }
        return out.sorted()
    }

    static func json(_ url: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
    }

    /// Resources of the catalog's datapackage.json other than the territories table.
    static func datasetResources(_ output: URL) throws -> [[String: Any]] {
        let package = try json(output.appendingPathComponent("datos/datapackage.json"))
        return (package["resources"] as? [[String: Any]] ?? []).filter { ($0["name"] as? String) != "territorios" }
    }

    @Test func catalogPageListsEveryDatasetWithItsFacts() throws {
        for site in try CatalogSites.both() {
            let page = try TestSupport.read(site.output.appendingPathComponent("datos/index.html"))
            let resources = try Self.datasetResources(site.output)
            let csvFiles = try Self.files(under: site.output.appendingPathComponent("datos"), ending: ".csv")
                .filter { $0 != "territorios.csv" }
            #expect(resources.count == csvFiles.count)
            for resource in resources {
                let path = try #require(resource["path"] as? String)
                let landing = String(path.dropLast(".csv".count)) + "/index.html"
                let hash = String((resource["hash"] as? String ?? "").dropFirst("sha256:".count))
                #expect(page.contains("href=\"../datos/\(landing)\""), "\(site.name): catalog lacks \(landing)")
                #expect(page.contains("href=\"../datos/\(path)\""), "\(site.name): catalog lacks \(path)")
                #expect(hash.count == 64 && page.contains(hash), "\(site.name): catalog lacks the hash of \(path)")
                let fields = (resource["schema"] as? [String: Any])?["fields"] as? [[String: Any]] ?? []
                let landingPage = try TestSupport.read(site.output.appendingPathComponent("datos/" + landing))
                #expect(landingPage.contains("<script type=\"application/ld+json\">"))
                for field in fields {
                    let name = try #require(field["name"] as? String)
                    #expect(landingPage.contains("<code>\(name)</code>"), "\(site.name): \(landing) lacks the column \(name)")
                }
            }
            // Filterable without a server: an anchor per territory and a list per kind.
            let folders = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("datos/territorios").path)
                .filter { !$0.contains(".") }
            for folder in folders { #expect(page.contains("href=\"#t-\(folder)\"") && page.contains("id=\"t-\(folder)\"")) }
            for kind in Set(resources.compactMap { ($0["path"] as? String)?.split(separator: "/").last }) {
                #expect(page.contains("data-tipo=\"\(kind.dropLast(4))\""))
            }
        }
    }

    @Test func sitemapListsEveryPage() throws {
        let output = try CatalogSites.realSite.get()
        let sitemap = try TestSupport.read(output.appendingPathComponent("sitemap.xml"))
        let pages = try Self.files(under: output, ending: "index.html")
        #expect(pages.count > 300)
        for page in pages {
            let url = CatalogSites.baseURL + page.dropLast("index.html".count)
            #expect(sitemap.contains("<loc>\(url)</loc>"), "sitemap lacks \(url)")
        }
        #expect(sitemap.contains("<loc>\(CatalogSites.baseURL)datos/territorios/pance/proyectos/</loc>"))
    }

    @Test func identifiersComeFromTheBaseURLAndTheDatasetPath() throws {
        let output = try CatalogSites.realSite.get()
        let dataJSON = try Self.json(output.appendingPathComponent("data.json"))
        let datasets = dataJSON["dataset"] as? [[String: Any]] ?? []
        #expect(datasets.count == (try Self.datasetResources(output)).count)
        for dataset in datasets {
            let identifier = try #require(dataset["identifier"] as? String)
            let distributions = dataset["distribution"] as? [[String: Any]] ?? []
            let csv = try #require(distributions.first { ($0["format"] as? String) == "CSV" }?["downloadURL"] as? String)
            #expect(identifier + ".csv" == csv)
            #expect(identifier.hasPrefix(CatalogSites.baseURL + "datos/"))
        }
        #expect(datasets.contains { ($0["identifier"] as? String) == CatalogSites.baseURL + "datos/territorios/pance/proyectos" })
    }

    @Test func rebuildingGivesTheSameCatalogBytes() throws {
        let content = try CatalogSites.realContent()
        let first = try TestSupport.snapshot(TestSupport.build(content).appendingPathComponent("datos"))
        let second = try TestSupport.snapshot(TestSupport.build(content).appendingPathComponent("datos"))
        #expect(first.keys.sorted() == second.keys.sorted())
        #expect(first.keys.contains { $0.hasSuffix(".zip") } && first.keys.contains { $0.hasSuffix(".xlsx") })
        for (path, bytes) in first { #expect(second[path] == bytes, "\(path) differs") }
    }

    @Test func territoryZipHoldsItsDataPackage() throws {
        let output = try CatalogSites.realSite.get()
        let listing = try Self.zipListing(output.appendingPathComponent("datos/descargas/pance.zip"))
        for name in ["territorios/pance/datapackage.json", "territorios/pance/proyectos.csv", "territorios/pance/proyectos.xlsx",
                     "territorios/pance/actividades.json"] {
            #expect(listing.contains(name), "pance.zip lacks \(name)")
        }
        let all = try Self.zipListing(output.appendingPathComponent("datos/descargas/catalogo-completo.zip"))
        for name in ["datapackage.json", "territorios.csv", "ciudad-completa/datapackage.json", "territorios/comuna-01/actividades.csv"] {
            #expect(all.contains(name), "catalogo-completo.zip lacks \(name)")
        }
    }

    /// The names inside a ZIP, read by Python's zipfile (an independent reader).
    static func zipListing(_ zip: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print('\\n'.join(z.namelist()))", zip.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    @Test func landingPageStatesTheTerritoryBoxFromTheGeoJSON() throws {
        let output = try CatalogSites.realSite.get()
        let geo = try Self.json(TestSupport.realFile("comunas.geojson"))
        let features = geo["features"] as? [[String: Any]] ?? []
        let pance = try #require(features.first { (($0["properties"] as? [String: Any])?["id"] as? String) == "pance" })
        var xs: [Double] = [], ys: [Double] = []
        func walk(_ value: Any) {
            if let pair = value as? [Double], pair.count >= 2 { xs.append(pair[0]); ys.append(pair[1]); return }
            (value as? [Any])?.forEach(walk)
        }
        walk((pance["geometry"] as? [String: Any])?["coordinates"] as Any)
        let page = try TestSupport.read(output.appendingPathComponent("datos/territorios/pance/proyectos/index.html"))
        let box = [ys.min()!, xs.min()!, ys.max()!, xs.max()!].map { NumberText.format($0) }.joined(separator: " ")
        #expect(page.contains("\"box\": \"\(box)\""), "expected box \(box)")
    }

    @Test func withoutBaseURLTheBuildWarnsAndWritesTheRest() throws {
        let content = try CatalogSites.realContent(baseURL: nil)
        let builder = SiteBuilder(options: .init(content: content, output: TestSupport.temporaryFolder().appendingPathComponent("site"),
                                                 theme: TestSupport.theme, environment: [:]))
        let summary = try builder.build()
        #expect(summary.notes.contains { $0.contains("base_url is not set") })
        #expect(!summary.diagnostics.items.contains { $0.message.contains("base_url") })
        let output = builder.options.output
        for missing in ["data.json", "datos/catalog.ttl", "datos/catalog.jsonld", "sitemap.xml"] {
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(missing).path), "\(missing) written")
        }
        for present in ["datos/index.html", "datos/datapackage.json", "datos/territorios/pance/datapackage.json",
                        "datos/territorios/pance/proyectos.xlsx", "datos/territorios/pance/proyectos/index.html", "datos/descargas/pance.zip"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(present).path), "\(present) missing")
        }
    }
}
