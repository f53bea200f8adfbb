import Foundation

/// Reads the cells of a contracts file that no other source has: BPINs as SECOP and spreadsheets
/// write them, links wrapped as `{'url': '…'}`, and supplier documents that may be published.
public enum ContractValues {
    /// A BPIN as digits only: "2024760010190", " 2024 7600 10190 ", "2024760010190.0",
    /// "2.024760010190E+12". `.empty` for "", "0" and "No Definido"; `.invalid` for anything else.
    public static func bpin(_ raw: String) -> CellValue<String> {
        let text = raw.trimmedWhitespace.filter { $0 != " " && $0 != "\u{00A0}" }
        let upper = text.uppercased()
        if ValueParsing.isEmpty(text) || upper == "NODEFINIDO" || upper == "NODEFINIDA" { return .empty }
        var digits = text
        if digits.hasSuffix(".0") { digits.removeLast(2) }
        if !digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
            // Spreadsheet scientific notation of a whole number: 2.024760010190E+12.
            guard upper.contains("E+"), let number = Double(text), number >= 1, number < 1e18,
                  number == number.rounded() else { return .invalid(.notNumber(text: ValueParsing.cellText(raw))) }
            digits = String(Int64(number))
        }
        guard let first = digits.firstIndex(where: { $0 != "0" }) else { return .empty }
        return .value(String(digits[first...]))
    }

    /// The address in a plain cell or in SECOP's `{'url': '…'}`; `.invalid` when it is not http(s).
    public static func webAddress(_ raw: String) -> CellValue<String> {
        var text = raw.trimmedWhitespace
        if ValueParsing.isEmpty(text) { return .empty }
        if text.hasPrefix("{"), let key = text.range(of: "url") {
            let rest = text[key.upperBound...].drop { $0 == "'" || $0 == "\"" || $0 == ":" || $0 == " " }
            text = String(rest.prefix { $0 != "'" && $0 != "\"" && $0 != "}" }).trimmedWhitespace
        }
        let scheme = text.utf8.prefix(8).map { $0 | 0x20 }
        guard scheme.starts(with: Array("https://".utf8)) || scheme.starts(with: Array("http://".utf8)), text.utf8.count > 8,
              !hasSpace(text) else {
            return .invalid(.notNumber(text: ValueParsing.cellText(raw)))
        }
        return .value(text)
    }

    /// An ISO date, alone or followed by a time as SECOP writes it ("2025-08-05T00:00:00.000",
    /// "2025-08-05 00:00:00"); nil for any other form, which `ValueParsing.date` then reads.
    public static func isoDate(_ text: String) -> LocalDate? {
        var utf8 = text.utf8.makeIterator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(11)
        while bytes.count < 11, let byte = utf8.next() { bytes.append(byte) }
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes.count == 10 || bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// Whether the text holds a space or a control character (ASCII bytes looked at first: addresses
    /// are ASCII).
    static func hasSpace(_ text: String) -> Bool {
        if text.utf8.contains(where: { $0 <= 0x20 }) { return true }
        return text.utf8.contains { $0 >= 0x80 } && text.unicodeScalars.contains { $0.properties.isWhitespace }
    }

    /// Whether a document type of SECOP's `tipodocproveedor` is a legal entity's NIT (publishable);
    /// every personal ID (cédula, passport, foreign ID…) is not.
    public static func isNITType(_ raw: String) -> Bool {
        if raw == "NIT" { return true }
        let folded = HeaderName.normalise(raw).filter { $0.isLetter }
        return folded == "nit" || folded == "numerodeidentificaciontributaria"
    }

    /// A document that has the form of a legal entity's NIT: nine digits starting with 8 or 9,
    /// optionally with its check digit ("900171311", "900171311-4"). Cédulas never have it.
    public static func nitByShape(_ raw: String) -> String? {
        let text = ValueParsing.removing(["."], from: raw.trimmedWhitespace)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2, let body = parts.first, body.count == 9, body.allSatisfy({ $0.isASCII && $0.isNumber }),
              body.first == "8" || body.first == "9" else { return nil }
        if parts.count == 2 {
            guard parts[1].count == 1, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        }
        return text
    }

    /// A supplier document of type NIT as published: its digits and an optional check-digit dash.
    public static func nit(_ raw: String) -> String? {
        let text = ValueParsing.removing([".", " "], from: raw.trimmedWhitespace)
        guard !text.isEmpty, text.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "-" }), text.first != "-" else { return nil }
        return text
    }
}
