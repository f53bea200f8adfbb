import Foundation
@testable import SiteGen

/// The external checkers (tools venv from ../shared/tools/install.sh) and this package's Python glue
/// in Tests/Scripts, run as separate processes.
enum CatalogTools {
    static var home: URL {
        if let path = ProcessInfo.processInfo.environment["SITEGEN_TOOLS_HOME"], !path.isEmpty { return URL(fileURLWithPath: path) }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/sitegen-tools")
    }

    static var python: URL { home.appendingPathComponent("venv/bin/python") }

    /// False when the tools venv is missing (then the checker tests are skipped with this reason).
    static var available: Bool { FileManager.default.isExecutableFile(atPath: python.path) }
    static let missing = "the checkers' venv ($HOME/.cache/sitegen-tools/venv) is missing: run bash ../shared/tools/install.sh"

    static var sharedTools: URL { TestSupport.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tools") }
    static var scripts: URL { TestSupport.packageRoot.appendingPathComponent("Tests/Scripts") }

    struct Run {
        var status: Int32
        var output: String
    }

    /// Runs `python script args…` (with the checkers' interpreter unless another is given) and
    /// returns its exit status and combined output.
    static func python(_ script: URL, _ arguments: [String], in folder: URL? = nil, interpreter: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = interpreter ?? python
        process.arguments = [script.path] + arguments
        if let folder { process.currentDirectoryURL = folder }
        var environment = ProcessInfo.processInfo.environment
        environment["SITEGEN_TOOLS_HOME"] = home.path
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// The last lines of a run's output, for failure messages.
    static func tail(_ run: Run, lines: Int = 25) -> String {
        run.output.split(separator: "\n").suffix(lines).joined(separator: "\n")
    }
}

/// The two sites the catalog tests judge: the default site (`content/`) and one built from the real
/// territorial Cuadro 1S with a `base_url` and the real comunas GeoJSON.
enum CatalogSites {
    static let baseURL = "https://datos.example.org/cali/"

    /// The default content; when the repository has no `content/` yet, the example content generated
    /// by scripts/generate_example_content.py with a site.yml that sets a base URL.
    static func defaultContent() throws -> URL {
        if FileManager.default.fileExists(atPath: TestSupport.defaultContent.appendingPathComponent("site.yml").path) {
            return TestSupport.defaultContent
        }
        let folder = try TestSupport.content(writing: ["site.yml": "title: \"Sitio de ejemplo\"\nbase_url: \"https://example.org/sitegen-cali/\"\nexample_data: true\ncontact:\n  email: \"contacto@example.org\"\ndate: \"2025-07-15\"\n"])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestSupport.packageRoot.appendingPathComponent("scripts/generate_example_content.py").path, "--out", folder.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return folder
    }

    static func realContent(baseURL: String? = CatalogSites.baseURL) throws -> URL {
        var site = "title: \"Cuadro 1S real\"\ncontact:\n  email: \"datos@example.org\"\ndate: \"2025-04-30\"\n"
        if let baseURL { site += "base_url: \"\(baseURL)\"\n" }
        return try TestSupport.content(copying: ["informes-1s/2025-T1.csv": TestSupport.realFile(TestSupport.cuadroT1),
                                                 "geo/comunas.geojson": TestSupport.realFile("comunas.geojson")],
                                       writing: ["site.yml": site])
    }

    static let defaultSite: Result<URL, Error> = Result { try TestSupport.build(defaultContent()) }
    static let realSite: Result<URL, Error> = Result { try TestSupport.build(realContent()) }

    static func both() throws -> [(name: String, output: URL)] {
        [("default", try defaultSite.get()), ("real", try realSite.get())]
    }
}
