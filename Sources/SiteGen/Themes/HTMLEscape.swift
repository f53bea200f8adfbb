import Mustache

/// swift-mustache's HTML escape, done on UTF-8 bytes.
///
/// The library escapes one `Character` at a time through a dictionary (a few percent of a build).
/// This gives the same text: `<`, `>`, `&`, `"` and `'` become entities. The library compares
/// whole characters, so one of those followed by a combining mark (or preceded by a prepended
/// mark) is one character that it leaves alone; a text where an escaped byte touches a non-ASCII
/// byte therefore goes through the character-by-character loop, as before.
struct HTMLEscape: MustacheContentType {
    /// The name the theme's templates select with `{{% CONTENT_TYPE: SITEGEN_HTML}}`.
    static let name = "SITEGEN_HTML"

    /// The pragma `Theme` puts on a line of its own before each template's text (a standalone tag
    /// line leaves no trace in the output).
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    /// Registers the content type once per process, before any template is parsed.
    static let registered: Bool = {
        MustacheContentTypes.register(HTMLEscape(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        var text = text
        let escaped = text.withUTF8 { bytes -> String? in
            // Most values have nothing to escape: hand the same string back.
            var first = -1
            for i in 0..<bytes.count where isSpecial(bytes[i]) {
                first = i
                break
            }
            if first < 0 { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[0..<first])
            for i in first..<bytes.count {
                let byte = bytes[i]
                guard isSpecial(byte) else {
                    out.append(byte)
                    continue
                }
                if (i > 0 && bytes[i - 1] >= 0x80) || (i + 1 < bytes.count && bytes[i + 1] >= 0x80) {
                    return byCharacter(String(decoding: bytes, as: UTF8.self))
                }
                switch byte {
                case 0x3C: out.append(contentsOf: "&lt;".utf8)
                case 0x3E: out.append(contentsOf: "&gt;".utf8)
                case 0x26: out.append(contentsOf: "&amp;".utf8)
                case 0x22: out.append(contentsOf: "&quot;".utf8)
                default: out.append(contentsOf: "&#39;".utf8)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        return escaped ?? text
    }

    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool {
        byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 || byte == 0x27
    }

    private static let entities: [Character: String] = ["<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;"]

    /// The library's own loop: whole characters compared with the five above.
    static func byCharacter(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if let entity = entities[character] { out += entity } else { out.append(character) }
        }
        return out
    }
}
