import Foundation
import Testing
@testable import SiteGen

/// The home page of the real-data site (with its map) stays light: its HTML, stylesheet, scripts
/// and images under 100 KB, with nothing loaded from another host.
@Suite(.tags(.site), .realData) struct PageWeightTests {
    @Test func homePageIsUnder100KB() throws {
        let site = try TestSupport.build(try SiteCheckTests.realContent())
        let html = try TestSupport.read(site.appendingPathComponent("index.html"))
        #expect(html.contains("<svg viewBox=\"0 0 600"), "the map is drawn")
        var total = html.utf8.count
        let references = html.components(separatedBy: "src=\"").dropFirst().compactMap { $0.components(separatedBy: "\"").first }
            + html.components(separatedBy: "<link rel=\"stylesheet\" href=\"").dropFirst().compactMap { $0.components(separatedBy: "\"").first }
        for reference in references {
            #expect(!reference.contains("://"), "\(reference) comes from another host")
            let data = try Data(contentsOf: site.appendingPathComponent(reference))
            total += data.count
        }
        #expect(!references.isEmpty)
        #expect(total < 100_000, "home page weighs \(total) bytes")
    }
}
