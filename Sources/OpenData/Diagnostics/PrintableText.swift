/// Source text quoted in a message, with control characters written as `\u{…}` escapes so that a
/// message never carries a line break, escape sequence or NUL to the terminal.
public enum PrintableText {
    public static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
