import Foundation
import OpenData
import Testing
import Yams
@testable import SiteGen

/// The fast front-matter paths (line scan on bytes, `key: "text"` without YAML) give exactly what
/// splitting every line and asking Yams gave.
@Suite(.tags(.unit)) struct FrontMatterFastPathTests {
    /// The reading before the fast paths: split into lines, Yams for the mapping.
    static func reference(_ text: String) -> (fields: [String: String], body: String, bodyLine: Int)?? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            return .some((fields: [:], body: text, bodyLine: 1))
        }
        guard let end = lines.dropFirst().firstIndex(where: {
            let t = $0.trimmingCharacters(in: .whitespaces)
            return t == "---" || t == "..."
        }) else { return .some(nil) }
        let yaml = lines[1..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        var fields: [String: String] = [:]
        if !yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            guard let map = (try? Yams.load(yaml: yaml)) as? [String: Any] else { return .some(nil) }
            for (key, value) in map { fields[key] = "\(value)" }
        }
        return .some((fields: fields, body: body, bodyLine: end + 2))
    }

    static let texts = [
        "", "\n", "---", "---\n", "---\n---", "---\n---\n", "---\n---\n\n", "---\n...\nbody",
        "---\ntitle: \"Hola\"\n---\nTexto\n", "---\ntitle: \"Hola\"\n---\nTexto\n\n", "---\ntitle: \"Hola\"\n---\nTexto",
        "---  \ntitle: \"Á é\"\nsummary: \"con # y: dos puntos\"\n---\n## Uno\n\ntexto\n",
        "---\r\ntitle: \"crlf\"\r\n---\r\nbody\r\n", "---\ntitle: \"a\"\n---\nbody\r\n",
        "---\ntitle: \"a\"\ntitle: \"b\"\n---\nx", "---\ntitle: \"con \\\"escape\\\"\"\n---\nx",
        "---\nweight: 3\ntitle: \"t\"\n---\nx", "---\n# comentario\ntitle: \"t\"\n\n---\nx", "---\n  # sangrado\n---\nx",
        "---\ntrue: \"x\"\n---\nx", "---\n123: \"x\"\n---\nx", "---\ndate: \"2025-03-15\"\n---\nx", "---\ndate: 2025-03-15\n---\nx",
        "sin front matter\n---\nx", " ---\ntitle: \"t\"\n---\nx", "---\ntitle: \"t\"  \n---  \nx\n---\ny\n",
        "---\ntitle: \"\"\n---\n", "---\ntitle: \"tab\there\"\n---\n", "---\nlist:\n  - a\n---\nx", "---\n---\n---\n",
    ]

    @Test(arguments: texts) func sameAsSplittingAndYams(_ text: String) {
        var diagnostics = Diagnostics()
        let fast = FrontMatter.parse(text, file: "x.md", diagnostics: &diagnostics)
        guard let expected = Self.reference(text) else { Issue.record("reference failed"); return }
        guard let expected else {
            #expect(fast == nil, "\(text.debugDescription) should not parse")
            return
        }
        guard let fast else { Issue.record("\(text.debugDescription) did not parse"); return }
        #expect(fast.body == expected.body, "\(text.debugDescription)")
        #expect(fast.bodyLine == expected.bodyLine, "\(text.debugDescription)")
        #expect(fast.fields.mapValues { "\($0)" } == expected.fields, "\(text.debugDescription)")
    }
}
