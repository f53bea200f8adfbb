import Foundation
import OpenData
import Testing
@testable import SiteGen

/// Paths and helpers shared by the tests: the package root, the real data (`RealData`),
/// temporary content folders and builds.
enum TestSupport {
    /// The package root (the folder holding Package.swift): above this source file, or else the
    /// working folder (`swift test` runs in the package root), where missing files then fail the
    /// tests that read them.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static var realData: URL { RealData.folder }

    /// A file of the real data (see `RealData`) by the end of its name (e.g.
    /// "I_Trimestre_2025_territorial.csv"). A file that is not there is an issue of the running test,
    /// whose reading then fails.
    static func realFile(_ suffix: String) -> URL {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: realData.path)) ?? []
        guard let name = names.sorted().first(where: { $0.hasSuffix(suffix) }) else {
            Issue.record("no file ending in \(suffix) in \(realData.path)")
            return realData.appendingPathComponent(suffix)
        }
        return realData.appendingPathComponent(name)
    }

    static let cuadroT1 = "DERIVED_CUADRO_1S_I_Trimestre_2025_territorial.csv"
    static let cuadroT2 = "DERIVED_CUADRO_1S_II_Trimestre_2025_territorial.csv"

    static var theme: URL { packageRoot.appendingPathComponent("themes/default") }
    static var defaultContent: URL { packageRoot.appendingPathComponent("content") }

    /// A fresh empty folder under the system temporary folder.
    static func temporaryFolder(_ name: String = "sitegen-test") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A content folder holding the given files (relative path → source file to copy, or text).
    static func content(copying files: [String: URL] = [:], writing texts: [String: String] = [:]) throws -> URL {
        let root = temporaryFolder("content")
        for (path, source) in files {
            let target = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source, to: target)
        }
        for (path, text) in texts {
            let target = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: target)
        }
        return root
    }

    /// Builds `content` into a new output folder with the default theme; returns the output folder.
    @discardableResult
    static func build(_ content: URL, output: URL? = nil, environment: [String: String] = [:]) throws -> URL {
        let output = output ?? temporaryFolder("output").appendingPathComponent("site")
        _ = try SiteBuilder(options: .init(content: content, output: output, theme: theme, environment: environment)).build()
        return output
    }

    static func read(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    /// Parses a written CSV dataset into rows of name → value.
    static func csvRows(_ url: URL) throws -> [[String: String]] {
        var problems: [CSVParser.LayoutProblem] = []
        let records = CSVParser().parse(try read(url), problems: &problems)
        guard let header = records.first else { return [] }
        return records.dropFirst().map { record in
            Dictionary(uniqueKeysWithValues: header.fields.enumerated().map { ($0.element, record[$0.offset]) })
        }
    }

    /// Parses a written JSON dataset into rows.
    static func jsonRows(_ url: URL) throws -> [[String: Any]] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]] ?? []
    }

    /// Every file below `folder` with its bytes, by relative path.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[path] = try Data(contentsOf: url)
            }
        }
        return out
    }
}
