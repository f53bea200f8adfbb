import Foundation
import Testing
@testable import SiteGen

/// The "done when": the independent checkers pass on the default site and on the real
/// Cuadro 1S site, and every stated hash and size matches the file written.
@Suite(.tags(.external), .realData, .enabled(if: CatalogTools.available, Comment(rawValue: CatalogTools.missing)))
struct CatalogCheckerTests {
    @Test func frictionlessValidatesEveryDataPackage() throws {
        for site in try CatalogSites.both() {
            let run = try CatalogTools.python(CatalogTools.scripts.appendingPathComponent("validate_datapackages.py"), [site.output.path])
            #expect(run.status == 0, "\(site.name): \(CatalogTools.tail(run))")
            let folders = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("datos/territorios").path)
                .filter { !$0.contains(".") }
            // One package per territory folder, one for the whole city and one for the catalog.
            #expect(run.output.contains("== \(folders.count + 2) data package(s), 0 invalid"), "\(site.name): \(CatalogTools.tail(run, lines: 3))")
        }
    }

    @Test func dataJSONPassesTheDCATUSSchema() throws {
        for site in try CatalogSites.both() {
            let run = try CatalogTools.python(CatalogTools.sharedTools.appendingPathComponent("datajson_check.py"),
                                              [site.output.appendingPathComponent("data.json").path])
            #expect(run.status == 0, "\(site.name): \(CatalogTools.tail(run))")
            #expect(run.output.contains("0 error(s)"))
        }
    }

    /// No JSON-LD error on any page of the site; on the dataset pages not even a warning (`--strict`).
    @Test func schemaOrgJSONLDPassesOnEveryPage() throws {
        for site in try CatalogSites.both() {
            let script = CatalogTools.sharedTools.appendingPathComponent("jsonld_check.py")
            let whole = try CatalogTools.python(script, [site.output.path])
            #expect(whole.status == 0, "\(site.name): \(CatalogTools.tail(whole))")
            let datos = try CatalogTools.python(script, [site.output.appendingPathComponent("datos").path, "--strict"])
            #expect(datos.status == 0, "\(site.name): \(CatalogTools.tail(datos))")
            #expect(datos.output.contains(" 0 error(s), 0 warning(s)"), "\(site.name): \(CatalogTools.tail(datos, lines: 3))")
            let pages = try CatalogSiteTests.files(under: site.output.appendingPathComponent("datos"), ending: "/index.html").count
            #expect(datos.output.contains("\(pages) JSON-LD block(s)"), "\(site.name): one Dataset block per landing page")
        }
    }

    @Test func dcatTurtleAndJSONLDStateTheSameGraph() throws {
        for site in try CatalogSites.both() {
            let datos = site.output.appendingPathComponent("datos")
            let run = try CatalogTools.python(CatalogTools.scripts.appendingPathComponent("check_rdf.py"),
                                              [datos.appendingPathComponent("catalog.ttl").path, datos.appendingPathComponent("catalog.jsonld").path])
            #expect(run.status == 0, "\(site.name): \(CatalogTools.tail(run))")
            #expect(run.output.contains("== isomorphic"))
        }
    }

    @Test func spreadsheetsReadBackAsTheCSV() throws {
        for site in try CatalogSites.both() {
            let run = try CatalogTools.python(CatalogTools.scripts.appendingPathComponent("check_xlsx.py"), [site.output.path])
            #expect(run.status == 0, "\(site.name): \(CatalogTools.tail(run))")
            let csvCount = try CatalogSiteTests.files(under: site.output.appendingPathComponent("datos"), ending: ".csv").count
            #expect(csvCount > 70)
            #expect(run.output.contains("== \(csvCount) xlsx file(s)"), "\(site.name): \(CatalogTools.tail(run, lines: 3))")
        }
    }

    @Test func everyStatedHashAndSizeMatchesTheFile() throws {
        for site in try CatalogSites.both() {
            let run = try CatalogTools.python(CatalogTools.scripts.appendingPathComponent("check_hashes.py"), [site.output.path])
            #expect(run.status == 0, "\(site.name): \(CatalogTools.tail(run))")
        }
    }
}
