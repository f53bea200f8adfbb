import Foundation
import OpenData
import Testing
@testable import SiteGen

/// The corpus of bad inputs in Tests/Fixtures/bad-inputs: each case is a small content folder, the
/// exact lines `sitegen check` must print (`expected.txt`), and for cases that build, what the
/// built site must and must not contain (`checks.txt`: `contains|lacks<TAB>path<TAB>text`, with
/// `\t` for a tab). Inputs are written by make_inputs.py there.
@Suite(.tags(.site)) struct BadInputCorpusTests {
    static let root = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/bad-inputs")

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: root.appendingPathComponent("\($0)/expected.txt").path) }.sorted()
    }()

    /// What `sitegen check` prints: every problem like a compiler, then the count.
    static func printed(_ diagnostics: Diagnostics) -> [String] {
        diagnostics.sorted.map(\.formatted) + ["\(diagnostics.errorCount) error(s), \(diagnostics.warningCount) warning(s)"]
    }

    @Test func theCorpusHasAtLeast25Cases() {
        #expect(Self.cases.count >= 25)
    }

    @Test(arguments: cases) func checkPrintsTheExpectedMessages(_ name: String) throws {
        let folder = Self.root.appendingPathComponent(name)
        let content = folder.appendingPathComponent("content")
        let expected = try TestSupport.read(folder.appendingPathComponent("expected.txt"))
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        let (_, diagnostics) = SiteBuilder(options: .init(content: content, output: URL(fileURLWithPath: "/dev/null"))).check()
        #expect(Self.printed(diagnostics) == expected)

        let output = TestSupport.temporaryFolder("bad-input").appendingPathComponent("site")
        if diagnostics.hasErrors {
            #expect(throws: SiteBuilder.BuildError.self) { try TestSupport.build(content, output: output) }
            #expect(!FileManager.default.fileExists(atPath: output.path), "a failed build wrote \(output.path)")
            return
        }
        try TestSupport.build(content, output: output)
        let checks = folder.appendingPathComponent("checks.txt")
        guard FileManager.default.fileExists(atPath: checks.path) else { return }
        for line in try TestSupport.read(checks).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 2).map(String.init)
            try #require(parts.count == 3, "bad line in \(name)/checks.txt: \(line)")
            let text = parts[2].replacingOccurrences(of: "\\t", with: "\t")
            let file = try TestSupport.read(output.appendingPathComponent(parts[1]))
            switch parts[0] {
            case "contains": #expect(file.contains(text), "\(name): \(parts[1]) lacks \(text)")
            case "lacks": #expect(!file.contains(text), "\(name): \(parts[1]) contains \(text)")
            default: Issue.record("unknown check \(parts[0]) in \(name)/checks.txt")
            }
        }
    }

    @Test(.realData) func aFailedBuildLeavesThePreviousOutputByteIdentical() throws {
        let good = try TestSupport.content(copying: ["ejecucion/2025-03.csv": TestSupport.realFile(RealExecutionBuildTests.excerpt)])
        let output = try TestSupport.build(good)
        let before = try TestSupport.snapshot(output)
        #expect(before.count > 100)
        for name in ["unknown-territory-cuadro", "truncated-csv", "bp-with-slash", "link-to-missing-page", "binary-csv",
                     "truncated-xlsx", "xlsx-dtd", "xlsx-zip-bomb", "xlsx-encrypted", "xlsx-office-encrypted", "xlsx-damaged-crc"] {
            let bad = Self.root.appendingPathComponent("\(name)/content")
            #expect(throws: (any Error).self) { try TestSupport.build(bad, output: output) }
            #expect(try TestSupport.snapshot(output) == before, "\(name) changed the previous output")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
        #expect(leftovers == ["site"], "staging folders left behind: \(leftovers)")
    }

    @Test func aSuccessfulBuildRemovesWhatKilledBuildsLeft() throws {
        let content = try TestSupport.content(writing: ["paginas/acerca.md": "---\ntitle: Acerca\n---\nTexto.\n"])
        let output = try TestSupport.build(content)
        let parent = output.deletingLastPathComponent()
        for stale in [".site.new-killed1/index.html", ".site.old-killed2/index.html"] {
            let url = parent.appendingPathComponent(stale)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("viejo".utf8).write(to: url)
        }
        try TestSupport.build(content, output: output)
        // Leftovers go at once; the previous output is deleted by a detached process, so wait for it.
        var listing = try FileManager.default.contentsOfDirectory(atPath: parent.path)
        for _ in 0..<100 where listing != ["site"] {
            #expect(!listing.contains(".site.new-killed1") && !listing.contains(".site.old-killed2"))
            Thread.sleep(forTimeInterval: 0.1)
            listing = try FileManager.default.contentsOfDirectory(atPath: parent.path)
        }
        #expect(listing == ["site"])
    }
}
