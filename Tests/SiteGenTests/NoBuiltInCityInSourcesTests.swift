import Foundation
import Testing

/// Nothing in Sources/ names the built-in municipality outside `BuiltInDefaults.swift`: its name,
/// DANE code and publisher come from site.yml (issue 14).
@Suite(.tags(.unit)) struct NoBuiltInCityInSourcesTests {
    @Test func onlyTheDefaultsFileNamesTheCity() throws {
        let sources = TestSupport.packageRoot.appendingPathComponent("Sources")
        let pattern = try Regex(#"\bCali\b|\b76001\b"#)
        var offenders: [String] = []
        var scanned = 0
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            scanned += 1
            if url.lastPathComponent == "BuiltInDefaults.swift" {
                #expect(try TestSupport.read(url).contains(pattern), "the defaults file must hold the city")
                continue
            }
            for (number, line) in try TestSupport.read(url).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains(pattern) {
                offenders.append("\(url.path.dropFirst(sources.path.count + 1)):\(number + 1): \(line)")
            }
        }
        #expect(scanned > 100)
        #expect(offenders.isEmpty, "\(offenders.joined(separator: "\n"))")
    }
}
