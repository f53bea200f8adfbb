import Foundation
import Testing
@testable import SiteGen

/// The installable tool (issue 14): the built binary, copied alone into an empty folder with no
/// repository and no `themes/` nearby, prints its version and builds a site byte for byte like a
/// build with the repository's theme folder.
@Suite(.tags(.site)) struct InstallTests {
    /// An empty folder holding only a copy of the built binary.
    let folder: URL
    let binary: URL

    init() throws {
        // `swift build` puts the sitegen product beside the test bundle.
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sitegen")
        let debug = TestSupport.packageRoot.appendingPathComponent(".build/debug/sitegen")
        let built = try #require([beside, debug].first { FileManager.default.isExecutableFile(atPath: $0.path) },
                                 "the sitegen binary was not built: run swift build")
        folder = TestSupport.temporaryFolder("install")
        binary = folder.appendingPathComponent("sitegen")
        try FileManager.default.copyItem(at: built, to: binary)
    }

    /// Runs the copied binary with `folder` as the working folder.
    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try TestSupport.run([binary.path] + arguments, in: folder)
    }

    @Test func versionIsTheOneDefined() throws {
        let (status, output) = try run(["--version"])
        #expect(status == 0)
        #expect(output == SitegenVersion.current + "\n")
    }

    @Test func buildsAloneLikeWithTheThemeFolder() throws {
        try FileManager.default.copyItem(at: TestSupport.defaultContent, to: folder.appendingPathComponent("content"))
        #expect(Theme.locate(explicit: nil, content: folder.appendingPathComponent("content")) == nil)
        let (status, output) = try run(["build", "--content", "content", "--output", "output"])
        #expect(status == 0, "\(output)")
        let alone = try TestSupport.snapshot(folder.appendingPathComponent("output"))
        let normal = try TestSupport.snapshot(TestSupport.build(TestSupport.defaultContent))
        #expect(alone.count > 300)
        #expect(alone.keys.sorted() == normal.keys.sorted())
        for (path, bytes) in normal { #expect(alone[path] == bytes, "\(path) differs") }
    }

    @Test func baseURLOverridesSiteYml() throws {
        try FileManager.default.copyItem(at: TestSupport.defaultContent, to: folder.appendingPathComponent("content"))
        let (status, output) = try run(["build", "--content", "content", "--output", "output",
                                        "--base-url", "https://preview.example.net/rama-42"])
        #expect(status == 0, "\(output)")
        let sitemap = try TestSupport.read(folder.appendingPathComponent("output/sitemap.xml"))
        #expect(sitemap.contains("<loc>https://preview.example.net/rama-42/</loc>"))
        #expect(!sitemap.contains("example.org/sitegen-cali"))
        let bad = try run(["build", "--content", "content", "--output", "output2", "--base-url", "preview.example.net"])
        #expect(bad.status != 0)
        #expect(bad.output.contains("--base-url"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("output2").path))
    }

    /// `init` in the empty folder, then `build` of what it wrote (with the preparation notice),
    /// and the refusal of a non-empty folder unless `--force`.
    @Test func initThenBuild() throws {
        let (made, madeOutput) = try run(["init", "sitio", "--municipio", "Popayán", "--codigo-dane", "19001"])
        #expect(made == 0, "\(madeOutput)")
        let (built, builtOutput) = try run(["build", "--content", "sitio", "--output", "output"])
        #expect(built == 0, "\(builtOutput)")
        let home = try TestSupport.read(folder.appendingPathComponent("output/index.html"))
        #expect(home.contains("preparación"), "the home page lacks the preparation notice")
        #expect(home.contains("Popayán"))
        let (again, _) = try run(["init", "sitio"])
        #expect(again != 0)
        let (forced, forcedOutput) = try run(["init", "sitio", "--force"])
        #expect(forced == 0, "\(forcedOutput)")
    }
}

/// Where the theme comes from: `--theme DIR`, else the site's own `themes/default` (inside the
/// content folder, then beside it), else the one built into the binary, read to the same bytes.
@Suite(.tags(.unit)) struct ThemeLocationTests {
    @Test func embeddedThemeIsTheFolder() throws {
        let embedded = try Theme.embedded()
        let folder = try Theme(root: TestSupport.theme)
        #expect(embedded.root == nil)
        #expect(embedded.fingerprint == folder.fingerprint)
        #expect(embedded.assets.map(\.path) == folder.assets.map(\.path))
        #expect(embedded.assets.map(\.bytes) == folder.assets.map(\.bytes))
        let onDisk = Set(Theme.files(under: TestSupport.theme))
        #expect(Set(EmbeddedTheme.files.keys) == onDisk)
        for path in onDisk {
            #expect(EmbeddedTheme.files[path] == FileManager.default.contents(atPath: TestSupport.theme.appendingPathComponent(path).path),
                    "\(path) differs from the embedded copy")
        }
    }

    @Test func order() throws {
        let site = TestSupport.temporaryFolder("theme-order")
        let content = site.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        #expect(Theme.locate(explicit: nil, content: content) == nil)
        let beside = site.appendingPathComponent("themes/default")
        try FileManager.default.createDirectory(at: beside.appendingPathComponent("templates"), withIntermediateDirectories: true)
        #expect(Theme.locate(explicit: nil, content: content)?.standardizedFileURL.path == beside.standardizedFileURL.path)
        let inside = content.appendingPathComponent("themes/default")
        try FileManager.default.createDirectory(at: inside.appendingPathComponent("templates"), withIntermediateDirectories: true)
        #expect(Theme.locate(explicit: nil, content: content)?.standardizedFileURL.path == inside.standardizedFileURL.path)
        let explicit = site.appendingPathComponent("mi-tema")
        #expect(Theme.locate(explicit: explicit, content: content) == explicit)
    }

    /// A `themes/default` folder without templates is not a theme: the next place is looked at.
    @Test func folderWithoutTemplatesIsSkipped() throws {
        let site = TestSupport.temporaryFolder("theme-empty")
        let content = site.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("themes/default"), withIntermediateDirectories: true)
        #expect(Theme.locate(explicit: nil, content: content) == nil)
    }
}
