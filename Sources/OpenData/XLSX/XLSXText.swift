/// Cell text as sitegen reads it from a workbook: NFC, Excel's `_xHHHH_` escapes decoded, line ends
/// as LF (like a quoted CSV field), numbers without exponent.
enum XLSXText {
    /// 1-based column number of a cell reference ("AB12" → 28); nil past XFD or without letters.
    static func column(of reference: String) -> Int? {
        column(of: Array(reference.utf8)[...])
    }

    static func column(of reference: ArraySlice<UInt8>) -> Int? {
        var number = 0
        for byte in reference {
            guard byte >= 65 && byte <= 90 else { break }
            number = number * 26 + Int(byte - 64)
            if number > 16_384 { return nil }
        }
        return number > 0 ? number : nil
    }

    static func clean(_ text: String) -> String {
        var out: [UInt8] = []
        appendClean(Array(text.utf8), to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` to `out` cleaned: `_xHHHH_` decoded, CR LF and CR as LF, NFC.
    static func appendClean(_ text: [UInt8], to out: inout [UInt8]) {
        let start = out.count
        var needsNormalising = false
        let n = text.count
        var i = 0
        while i < n {
            let byte = text[i]
            if byte == underscore, i + 6 < n, text[i + 1] == x, text[i + 6] == underscore, let code = hex4(text, i + 2),
               let scalar = Unicode.Scalar(code) {
                i += 7
                if code == 0x0D {
                    out.append(lf)
                    if i < n && text[i] == lf { i += 1 }
                } else {
                    out.append(contentsOf: String(Character(scalar)).utf8)
                    if code >= 0x300 { needsNormalising = true }
                }
                continue
            }
            if byte == cr {
                out.append(lf)
                i += (i + 1 < n && text[i + 1] == lf) ? 2 : 1
                continue
            }
            if byte >= 0xCC { needsNormalising = true }
            out.append(byte)
            i += 1
        }
        if needsNormalising {
            let normal = TextDecoding.normalise(String(decoding: out[start...], as: UTF8.self))
            out.removeSubrange(start...)
            out.append(contentsOf: normal.utf8)
        }
    }

    /// A number as stored, without exponent ("1.5E-2" → "0.015"); other text unchanged.
    static func number(_ raw: String) -> String {
        var out: [UInt8] = []
        appendNumber(Array(raw.utf8)[...], to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendNumber(_ raw: ArraySlice<UInt8>, to out: inout [UInt8]) {
        if raw.contains(where: { $0 == 69 || $0 == 101 }), let value = Double(String(decoding: raw, as: UTF8.self)), value.isFinite {
            out.append(contentsOf: NumberText.format(value).utf8)
        } else {
            out.append(contentsOf: raw)
        }
    }

    private static func hex4(_ text: [UInt8], _ at: Int) -> UInt32? {
        var value: UInt32 = 0
        for byte in text[at..<(at + 4)] {
            let digit: UInt8
            switch byte {
            case 48...57: digit = byte - 48
            case 65...70: digit = byte - 55
            case 97...102: digit = byte - 87
            default: return nil
            }
            value = value * 16 + UInt32(digit)
        }
        return value
    }

    private static let underscore = UInt8(ascii: "_"), x = UInt8(ascii: "x")
    private static let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
}
