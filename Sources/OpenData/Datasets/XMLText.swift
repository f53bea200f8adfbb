/// XML escaping by construction for text and attribute values (spreadsheets, feeds, sitemaps):
/// `&`, `<`, `>` and `"` (and `'` when asked) as entities; characters XML 1.0 cannot hold are dropped.
public enum XMLText {
    /// Spreadsheet cells keep `'` as it is (a neutralised formula reads `'=…`); feeds and sitemaps
    /// write `&apos;`.
    public static func escape(_ text: String, apostrophes: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'" where apostrophes: out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && !(0xFFFE...0xFFFF).contains(scalar.value) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
