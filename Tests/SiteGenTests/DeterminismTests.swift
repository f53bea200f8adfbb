import Foundation
import Testing
@testable import SiteGen

@Suite(.tags(.site)) struct DeterminismTests {
    /// The same content built twice gives byte-identical output.
    @Test(.realData) func sameInputSameBytes() throws {
        let content = try TestSupport.content(copying: ["informes-1s/2025-T1.csv": TestSupport.realFile(TestSupport.cuadroT1)],
                                              writing: ["paginas/acerca.md": "---\ntitle: Acerca\n---\n# Hola\n\nTexto."])
        let first = try TestSupport.snapshot(TestSupport.build(content))
        let second = try TestSupport.snapshot(TestSupport.build(content))
        #expect(first.count > 300)
        #expect(first.keys.sorted() == second.keys.sorted())
        for (path, bytes) in first { #expect(second[path] == bytes, "\(path) differs") }
    }

    @Test func defaultSiteIsDeterministic() throws {
        let first = try TestSupport.snapshot(TestSupport.build(TestSupport.defaultContent))
        let second = try TestSupport.snapshot(TestSupport.build(TestSupport.defaultContent))
        #expect(first.keys.sorted() == second.keys.sorted())
        for (path, bytes) in first { #expect(second[path] == bytes, "\(path) differs") }
    }
}
