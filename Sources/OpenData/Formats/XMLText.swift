/// XML escaping by construction for text and attribute values (spreadsheets, feeds, sitemaps):
/// `&`, `<`, `>` and `"` (and `'` when asked) as entities; characters XML 1.0 cannot hold are dropped.
public enum XMLText {
    /// Spreadsheet cells keep `'` as it is (a neutralised formula reads `'=…`); feeds and sitemaps
    /// write `&apos;`.
    public static func escape(_ text: String, apostrophes: Bool = false) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        append(text, to: &out, apostrophes: apostrophes)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` escaped to UTF-8 bytes, without making a String (spreadsheets escape every
    /// text cell this way).
    public static func append(_ text: String, to out: inout [UInt8], apostrophes: Bool = false) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])              // &amp;
                case UInt8(ascii: "<"): out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])                    // &lt;
                case UInt8(ascii: ">"): out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])                    // &gt;
                case UInt8(ascii: "\""): out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])      // &quot;
                case UInt8(ascii: "'") where apostrophes: out.append(contentsOf: [0x26, 0x61, 0x70, 0x6F, 0x73, 0x3B]) // &apos;
                case 0x09, 0x0A, 0x0D: out.append(byte)
                case 0..<0x20: break
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                    index += 2                                                                              // U+FFFE, U+FFFF
                default: out.append(byte)
                }
                index += 1
            }
        }
    }
}
