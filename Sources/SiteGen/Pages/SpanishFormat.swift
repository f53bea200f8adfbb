import OpenData

/// es-CO formatting for what citizens read: "$ 2.892.735.462", "15 de enero de 2025", "45 %".
/// Only HTML uses it; datasets keep canonical numbers and ISO dates.
public enum SpanishFormat {
    static let months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                         "septiembre", "octubre", "noviembre", "diciembre"]
    static let quarters = ["I", "II", "III", "IV"]

    /// Thousands with '.', as in "2.892.735.462".
    public static func integer(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, ch) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return (value < 0 ? "-" : "") + out
    }

    public static func integer(_ value: Int) -> String { integer(Int64(value)) }

    /// "$ 2.892.735.462"; "—" when unknown.
    public static func money(_ value: Int64?) -> String {
        guard let value else { return "—" }
        // A no-break space: a narrow phone never leaves "$" at the end of one line and the amount on the next.
        return value < 0 ? "-$\u{00A0}" + integer(-value) : "$\u{00A0}" + integer(value)
    }

    /// "45 %", "45,5 %"; "—" when unknown.
    public static func percent(_ value: Double?, decimals: Int = 1) -> String {
        guard let value else { return "—" }
        return decimal(value, decimals: decimals) + " %"
    }

    /// A number with ',' decimals and no trailing zeros ("3,5", "12").
    public static func decimal(_ value: Double, decimals: Int = 2) -> String {
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let rounded = (value * factor).rounded() / factor
        let whole = Int64(rounded.rounded(.towardZero))
        var fraction = Int64((abs(rounded - Double(whole)) * factor).rounded())
        var text = (rounded < 0 && whole == 0 ? "-" : "") + integer(whole)
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: max(0, decimals - digits.count)) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            fraction = 0
            text += "," + digits
        }
        return text
    }

    /// "15 de enero de 2025"; "—" when unknown.
    public static func date(_ value: LocalDate?) -> String {
        guard let value else { return "—" }
        return "\(value.day) de \(months[value.month - 1]) de \(value.year)"
    }

    /// "Trimestre I de 2025".
    public static func cut(_ cut: ReportCut) -> String {
        "Trimestre \(quarters[cut.quarter - 1]) de \(cut.year)"
    }

    public static func quarter(_ index: Int) -> String { quarters[index] }
}
