import Foundation
import OpenData
import Yams

/// A Markdown file split into its YAML front matter (between `---` lines) and its body.
struct FrontMatter {
    var fields: [String: Any]
    var body: String
    /// Line of the body's first line in the file, for messages.
    var bodyLine: Int

    /// Splits and parses; broken YAML is reported at its line in the file and gives nil.
    static func parse(_ text: String, file: String, diagnostics: inout Diagnostics) -> FrontMatter? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            return FrontMatter(fields: [:], body: text, bodyLine: 1)
        }
        guard let end = lines.dropFirst().firstIndex(where: {
            let t = $0.trimmingCharacters(in: .whitespaces)
            return t == "---" || t == "..."
        }) else {
            diagnostics.error(SourceLocation(file: file, line: 1, column: 1), "front matter opened with '---' is never closed")
            return nil
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        var fields: [String: Any] = [:]
        if !yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            do {
                guard let map = try Yams.load(yaml: yaml) as? [String: Any] else {
                    diagnostics.error(SourceLocation(file: file, line: 2, column: 1), "front matter must be a mapping of keys to values")
                    return nil
                }
                fields = map
            } catch let error as YamlError {
                diagnostics.error(YAMLErrors.location(of: error, in: file, lineOffset: 1), YAMLErrors.message(error))
                return nil
            } catch {
                diagnostics.error(SourceLocation(file: file, line: 2, column: 1), "invalid front matter: \(error)")
                return nil
            }
        }
        return FrontMatter(fields: fields, body: body, bodyLine: end + 2)
    }

    func string(_ key: String) -> String? {
        switch fields[key] {
        case let s as String: return s
        case let i as Int: return String(i)
        case let d as Double: return String(d)
        case let date as Date:
            return LocalDate(daysSinceEpoch: Int((date.timeIntervalSince1970 / 86_400).rounded(.down))).iso
        default: return nil
        }
    }

    /// Line of `key:` in the file, for messages about its value.
    func line(of key: String, in text: String) -> Int {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.hasPrefix(key + ":") {
            return index + 1
        }
        return 1
    }
}
