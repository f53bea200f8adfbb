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
        guard let split = FrontMatterSplit(text) else {
            return FrontMatter(fields: [:], body: text, bodyLine: 1)
        }
        guard let end = split.closingLine else {
            diagnostics.error(SourceLocation(file: file, line: 1, column: 1), .content(.unclosedFrontMatter))
            return nil
        }
        let yaml = split.yaml
        let body = split.body
        var fields: [String: Any] = [:]
        if let simple = SimpleFrontMatter.parse(yaml) {
            fields = simple
        } else if !yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            do {
                guard let map = try Yams.load(yaml: yaml) as? [String: Any] else {
                    diagnostics.error(SourceLocation(file: file, line: 2, column: 1), .content(.frontMatterNotMapping))
                    return nil
                }
                fields = map
            } catch let error as YamlError {
                diagnostics.error(YAMLErrors.location(of: error, in: file, lineOffset: 1), YAMLErrors.problem(error))
                return nil
            } catch {
                diagnostics.error(SourceLocation(file: file, line: 2, column: 1), .content(.invalidFrontMatter(detail: "\(error)")))
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

/// Front matter made only of `key: "text"` lines (with blank and comment lines), read without
/// YAML: it is what most pages have, and Yams took a quarter of a 10,000-page build. Anything
/// else — numbers, lists, escapes, a repeated key — returns nil and goes through Yams, so both
/// paths give the same fields.
enum SimpleFrontMatter {
    static func parse(_ yaml: String) -> [String: Any]? {
        var fields: [String: Any] = [:]
        for line in lines(yaml) {
            let bytes = Array(line)
            var i = 0
            while i < bytes.count, bytes[i] == 0x20 { i += 1 }
            if i == bytes.count || bytes[i] == 0x23 { // blank or "# comment"
                if i > 0 && i < bytes.count { return nil } // an indented comment: leave it to YAML
                continue
            }
            guard i == 0 else { return nil }
            var keyEnd = 0
            while keyEnd < bytes.count, isKeyByte(bytes[keyEnd]) { keyEnd += 1 }
            guard keyEnd > 0, keyEnd + 3 <= bytes.count, bytes[keyEnd] == 0x3A, bytes[keyEnd + 1] == 0x20,
                  bytes[keyEnd + 2] == 0x22 else { return nil } // `key: "`
            let start = keyEnd + 3
            guard let close = bytes[start...].firstIndex(of: 0x22) else { return nil }
            let value = bytes[start..<close]
            guard !value.contains(0x5C), printable(value), bytes[(close + 1)...].allSatisfy({ $0 == 0x20 }) else { return nil }
            let key = String(decoding: bytes[0..<keyEnd], as: UTF8.self)
            // A key YAML would read as something else than text (a number, true, null…) goes to Yams.
            guard (0x61...0x7A).contains(bytes[0]), !reserved.contains(key.lowercased()), fields[key] == nil else { return nil }
            fields[key] = String(decoding: value, as: UTF8.self)
        }
        return fields.isEmpty ? nil : fields
    }

    /// The lines of `text` as `split(separator: "\n")` gives them, on bytes: a CR LF pair is one
    /// character, so its line break does not end a line.
    static func lines(_ text: String) -> [ArraySlice<UInt8>] {
        let bytes = Array(text.utf8)
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for i in bytes.indices where bytes[i] == 0x0A && (i == 0 || bytes[i - 1] != 0x0D) {
            lines.append(bytes[start..<i])
            start = i + 1
        }
        lines.append(bytes[start...])
        return lines
    }

    static let reserved: Set<String> = ["true", "false", "null", "yes", "no", "on", "off", "y", "n"]

    /// No control characters, which YAML refuses (tab is allowed): C0 but tab, DEL, and C1.
    static func printable(_ value: ArraySlice<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in value {
            if (byte < 0x20 && byte != 0x09) || byte == 0x7F || (previous == 0xC2 && (0x80...0x9F).contains(byte)) { return false }
            previous = byte
        }
        return true
    }

    static func isKeyByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x5F
    }
}

/// Where the front matter and the body of a Markdown text are, found on its UTF-8 bytes by
/// looking only at the first lines (splitting every page into lines was a tenth of a 10,000-page
/// build). Lines end at "\n" as `split(separator: "\n")` counts them: a CR LF pair is one
/// character, so it does not end a line. The body loses one final line break, as joining the
/// split lines did.
struct FrontMatterSplit {
    /// 0-based line of the closing `---` or `...`; nil when the front matter never closes.
    var closingLine: Int?
    var yaml = ""
    var body = ""

    /// Nil when the text does not open with a `---` line.
    init?(_ text: String) {
        let bytes = Array(text.utf8)
        func lineEnd(from start: Int) -> Int {
            var i = start
            while i < bytes.count {
                if bytes[i] == 0x0A && (i == 0 || bytes[i - 1] != 0x0D) { return i }
                i += 1
            }
            return bytes.count
        }
        func trimmed(_ start: Int, _ end: Int) -> String {
            // Only compared with "---" and "...". ASCII lines are trimmed of spaces and tabs on
            // bytes, which is what `.whitespaces` removes from them; others go through Foundation.
            // A line with any other ASCII byte than blanks, '-' and '.' trims to neither marker,
            // whatever it is trimmed to: it is not trimmed at all.
            var first = start
            var last = end
            var ascii = true
            for i in start..<end {
                let byte = bytes[i]
                if byte >= 0x80 {
                    ascii = false
                } else if byte != 0x2D && byte != 0x2E && byte != 0x20 && byte != 0x09 {
                    return ""
                }
            }
            guard ascii else { return String(decoding: bytes[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces) }
            while first < last && (bytes[first] == 0x20 || bytes[first] == 0x09) { first += 1 }
            while last > first && (bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09) { last -= 1 }
            return String(decoding: bytes[first..<last], as: UTF8.self)
        }
        // A text that is only a trailing line break has no first line to open with.
        let firstEnd = lineEnd(from: 0)
        guard !(firstEnd == 0 && bytes.count <= 1), trimmed(0, firstEnd) == "---" else { return nil }
        var start = firstEnd + 1
        var line = 1
        while start <= bytes.count {
            // The empty piece after a final line break is not a line (it was removed before).
            if start == bytes.count { break }
            let end = lineEnd(from: start)
            let t = trimmed(start, end)
            if t == "---" || t == "..." {
                closingLine = line
                yaml = firstEnd + 1 < start ? String(decoding: bytes[(firstEnd + 1)..<(start - 1)], as: UTF8.self) : ""
                var bodyEnd = bytes.count
                if bodyEnd > end + 1, bytes[bodyEnd - 1] == 0x0A, bytes[bodyEnd - 2] != 0x0D { bodyEnd -= 1 }
                body = end + 1 < bodyEnd ? String(decoding: bytes[(end + 1)..<bodyEnd], as: UTF8.self) : ""
                return
            }
            start = end + 1
            line += 1
        }
    }
}
