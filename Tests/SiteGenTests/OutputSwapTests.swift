import Foundation
import Testing
@testable import SiteGen

/// The output swap on its own: the exchange, the first build's rename, the two-rename fallback and
/// the removal of what killed builds left.
@Suite(.tags(.unit)) struct OutputSwapTests {
    /// A new folder at `url` whose index.html holds `text`.
    private func folder(_ url: URL, holding text: String) throws -> URL {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url.appendingPathComponent("index.html"))
        return url
    }

    private func text(in folder: URL) -> String? {
        try? String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
    }

    @Test func exchangeTradesTwoFoldersInOneStep() throws {
        let parent = TestSupport.temporaryFolder("swap")
        let first = try folder(parent.appendingPathComponent("a"), holding: "a")
        let second = try folder(parent.appendingPathComponent("b"), holding: "b")
        #expect(FolderExchange.exchange(first.path, second.path) == .exchanged)
        #expect(text(in: first) == "b" && text(in: second) == "a")
    }

    @Test func exchangeWithAMissingPathChangesNothing() throws {
        let parent = TestSupport.temporaryFolder("swap")
        let first = try folder(parent.appendingPathComponent("a"), holding: "a")
        #expect(FolderExchange.exchange(first.path, parent.appendingPathComponent("b").path) == .missing)
        #expect(text(in: first) == "a")
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("b").path))
    }

    @Test func firstSwapRenamesTheStagingFolder() throws {
        let parent = TestSupport.temporaryFolder("swap")
        let staging = try folder(parent.appendingPathComponent(".site.new-1"), holding: "new")
        let destination = parent.appendingPathComponent("site")
        try OutputCommit.swap(staging: staging, into: destination)
        #expect(text(in: destination) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
    }

    @Test func swapReplacesTheOutputAndRemovesWhatKilledBuildsLeft() throws {
        let parent = TestSupport.temporaryFolder("swap")
        let destination = try folder(parent.appendingPathComponent("site"), holding: "old")
        _ = try folder(parent.appendingPathComponent(".site.old-killed"), holding: "older")
        _ = try folder(parent.appendingPathComponent(".site.new-killed"), holding: "unfinished")
        _ = try folder(parent.appendingPathComponent(".other.new-1"), holding: "not ours")
        let staging = try folder(parent.appendingPathComponent(".site.new-2"), holding: "new")
        try OutputCommit.swap(staging: staging, into: destination)
        #expect(text(in: destination) == "new")
        // The previous output is deleted in the background.
        let deadline = Date().addingTimeInterval(10)
        var left = try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted()
        while left != [".other.new-1", "site"] && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
            left = try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted()
        }
        #expect(left == [".other.new-1", "site"])
    }

    @Test func twoRenameFallbackKeepsThePreviousOutputAside() throws {
        let parent = TestSupport.temporaryFolder("swap")
        let destination = try folder(parent.appendingPathComponent("site"), holding: "old")
        let staging = try folder(parent.appendingPathComponent(".site.new-1"), holding: "new")
        let previous = try #require(try OutputCommit.swapInTwoRenames(staging: staging, into: destination))
        #expect(text(in: destination) == "new" && text(in: previous) == "old")
        #expect(previous.lastPathComponent.hasPrefix(".site.old-"))
        #expect(!FileManager.default.fileExists(atPath: staging.path))

        let again = try folder(parent.appendingPathComponent(".fresh.new-1"), holding: "first")
        #expect(try OutputCommit.swapInTwoRenames(staging: again, into: parent.appendingPathComponent("fresh")) == nil)
        #expect(text(in: parent.appendingPathComponent("fresh")) == "first")
    }
}
