import Foundation
import Testing
@testable import SiteGen

/// docs/publicar.md's CI files (GitHub Pages, GitLab Pages): they parse as YAML (Python's yaml
/// reader), run the README's install commands as written, then build `content/` into `output/`.
@Suite(.tags(.external)) struct PublishingDocsTests {
    static let ciFiles = ["docs/ci/github-pages.yml", "docs/ci/gitlab-ci.yml"]

    /// Every shell line a CI file runs: GitHub's `run:` steps and GitLab's `script:` items.
    static let commandsScript = """
        import json, sys, yaml
        doc = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
        lines = []
        def walk(node):
            if isinstance(node, dict):
                for key, value in node.items():
                    if key == "run" and isinstance(value, str):
                        lines.extend(value.splitlines())
                    elif key == "script" and isinstance(value, list):
                        lines.extend(value)
                    else:
                        walk(value)
            elif isinstance(node, list):
                for item in node:
                    walk(item)
        walk(doc)
        print(json.dumps([line.strip() for line in lines if line.strip()]))
        """

    /// The commands of the README's install block (the first `sh` block under "## Install"),
    /// without `sudo` (CI runs as root).
    static func readmeInstallCommands() throws -> [String] {
        let readme = try TestSupport.read(TestSupport.packageRoot.appendingPathComponent("README.md"))
        let section = try #require(readme.components(separatedBy: "\n## Install\n").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "```").first)
        return block.split(separator: "\n").map { line in
            let text = line.trimmingCharacters(in: .whitespaces)
            return text.hasPrefix("sudo ") ? String(text.dropFirst("sudo ".count)) : text
        }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    @Test(arguments: ciFiles) func runsTheReadmeCommands(file: String) throws {
        let path = TestSupport.packageRoot.appendingPathComponent(file).path
        let (status, output) = try TestSupport.run(["python3", "-c", Self.commandsScript, path])
        #expect(status == 0, "\(file) does not parse: \(output)")
        let commands = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String])
        let install = try Self.readmeInstallCommands()
        #expect(install.count >= 3)
        #expect(install.contains { $0.hasPrefix("make install") })
        for command in install { #expect(commands.contains(command), "\(file) does not run the README's `\(command)`") }
        let build = commands.firstIndex { $0.hasPrefix("sitegen build --content content --output output --base-url ") }
        let installed = commands.firstIndex { $0.hasPrefix("make install") }
        #expect(build != nil, "\(file) does not build content/ into output/ with --base-url")
        if let build, let installed { #expect(installed < build) }
    }

    @Test func publishingGuideLinksBothFiles() throws {
        let guide = try TestSupport.read(TestSupport.packageRoot.appendingPathComponent("docs/publicar.md"))
        for file in Self.ciFiles { #expect(guide.contains("(" + file.dropFirst("docs/".count) + ")")) }
        #expect(guide.contains("--base-url"))
    }
}
