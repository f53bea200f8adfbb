import Foundation
import OpenData
import Testing
@testable import SiteGen

/// `sitegen check --timings`: one line per Cuadro 1S source, then per contracts file, in file
/// order, with its wall and CPU time.
@Suite(.tags(.unit)) struct SourceReadTimeTests {
    @Test func everyCuadro1SSourceIsTimedInOrder() throws {
        var diagnostics = Diagnostics()
        let content = try #require(ContentLoader(root: TestSupport.defaultContent).load(diagnostics: &diagnostics))
        let folder = TestSupport.defaultContent.lastPathComponent
        let contracts = try FileManager.default.contentsOfDirectory(atPath: TestSupport.defaultContent.appendingPathComponent("contratos").path)
            .filter { $0.hasSuffix(".csv") }.sorted().map { "\(folder)/contratos/\($0)" }
        #expect(!contracts.isEmpty)
        #expect(content.readTimes.map(\.path) == content.data.reports.map { "\(folder)/informes-1s/\($0.cut.id).csv" } + contracts)
        for time in content.readTimes {
            #expect(time.seconds > 0 && time.seconds < 60)
            #expect((time.cpuSeconds ?? -1) >= 0)
        }
        let lines = SourceReadTime.report(content.readTimes).split(separator: "\n")
        #expect(lines.count == content.readTimes.count)
        #expect(lines.allSatisfy { $0.range(of: #"^  \S+/(informes-1s|contratos)/\S+ +\d+\.\d{3} s   CPU \d+\.\d{3} s$"#, options: .regularExpression) != nil })
    }
}
