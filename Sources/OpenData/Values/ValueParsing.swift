import Foundation

/// The result of reading one cell: a value, no value (empty, "N/A", "NA"), or a problem to report.
public enum CellValue<Value: Sendable>: Sendable {
    case value(Value)
    case empty
    case invalid(ValueProblem)

    public var value: Value? {
        if case .value(let v) = self { return v }
        return nil
    }
}

/// Reads cell text as the Alcaldía writes it: money, percents, dates, whole numbers.
public enum ValueParsing {
    /// Cell text as a problem quotes it: trimmed (the problem escapes control characters).
    static func cellText(_ raw: String) -> String {
        raw.trimmedWhitespace
    }

    /// Texts that mean "no value".
    static func isEmpty(_ text: String) -> Bool {
        let t = text.trimmedWhitespace.uppercased()
        return t.isEmpty || t == "N/A" || t == "NA" || t == "N.A." || t == "-" || t == "#N/A"
    }

    /// Pesos as a whole number: "$ 6.175.650", " 44.893.000 ", "$ -" and " -   " (zero), "-1.234",
    /// "6175650", "6175650.0", "1.234.567,89" (rounded). Thousands are told from decimals by shape:
    /// a '.' or ',' followed by exactly three digits, repeated, is a thousands separator.
    public static func money(_ raw: String) -> CellValue<Int64> {
        var text = raw.trimmedWhitespace
        // Most cells are plain digits ("6175650"): read them without the general path below.
        if !text.isEmpty, text.utf8.count < 16, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let plain = Int64(text) {
            return .value(plain)
        }
        if text.isEmpty || ["N/A", "NA", "#N/A"].contains(text.uppercased()) { return .empty }
        text = removing(["\u{00A0}", " "], from: removing(["COP"], from: removing(["$"], from: text)))
        if text == "-" || text.isEmpty { return .value(0) }
        var negative = false
        if text.hasPrefix("(") && text.hasSuffix(")") {
            negative = true
            text = String(text.dropFirst().dropLast())
        }
        if text.hasPrefix("-") {
            negative = true
            text.removeFirst()
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else {
            return .invalid(.notMoney(text: cellText(raw)))
        }
        guard let number = decimalNumber(text) else { return .invalid(.notMoney(text: cellText(raw))) }
        let rounded = number.rounded()
        guard abs(rounded) < 9e15 else { return .invalid(.amountTooLarge(text: cellText(raw))) }
        return .value(Int64(rounded) * (negative ? -1 : 1))
    }

    /// `text` without any of `pieces` (in one pass, in the order written).
    static func removing(_ pieces: [String], from text: String) -> String {
        let scalars = Array(text.unicodeScalars), wanted = pieces.map { Array($0.unicodeScalars) }
        var kept = String.UnicodeScalarView()
        var index = 0
        scan: while index < scalars.count {
            for piece in wanted where scalars[index...].starts(with: piece) {
                index += piece.count
                continue scan
            }
            kept.append(scalars[index])
            index += 1
        }
        return String(kept)
    }

    /// Digits with '.' and ',' as thousands or decimal separators.
    static func decimalNumber(_ text: String) -> Double? {
        let separators = text.filter { $0 == "." || $0 == "," }
        if separators.isEmpty { return Double(text) }
        let lastSeparator = text.lastIndex { $0 == "." || $0 == "," }!
        let separatorKinds = Set(separators)
        if separatorKinds.count == 2 {
            // Both: the last one is the decimal separator.
            let thousands: Character = text[lastSeparator] == "." ? "," : "."
            let cleaned = text.filter { $0 != thousands }.replacingOccurrences(of: ",", with: ".")
            return Double(cleaned)
        }
        let separator = separators.first!
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        let looksLikeThousands = groups.count >= 2 && groups.dropFirst().allSatisfy { $0.count == 3 }
            && (1...3).contains(groups[0].count)
        if looksLikeThousands {
            return Double(groups.joined())
        }
        if groups.count == 2 { return Double(groups[0] + "." + groups[1]) }
        return nil
    }

    /// A percent from 0 to 100: "45%", "45,5 %", "0.00%", or a 0–1 fraction without a sign ("0.35").
    /// A number above 1 without '%' is taken as already in percent.
    public static func percent(_ raw: String) -> CellValue<Double> {
        var text = raw.trimmedWhitespace
        if isEmpty(text) { return .empty }
        let hasSign = text.hasSuffix("%")
        if hasSign { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
        if text.utf8.contains(UInt8(ascii: ",")) { text = text.replacingOccurrences(of: ",", with: ".") }
        guard let number = Double(text), number.isFinite else {
            return .invalid(.notPercentage(text: cellText(raw)))
        }
        let value = (hasSign || number > 1) ? number : number * 100
        guard value >= 0 && value <= 1000 else { return .invalid(.percentageOutOfRange(text: cellText(raw))) }
        return .value((value * 1_000_000).rounded() / 1_000_000)
    }

    /// A plain decimal number ("0.05", "3911.85", "1.234,5").
    public static func number(_ raw: String) -> CellValue<Double> {
        var text = raw.trimmedWhitespace
        if text.utf8.contains(UInt8(ascii: "%")) { text = text.replacingOccurrences(of: "%", with: "") }
        if isEmpty(text) { return .empty }
        if let value = Double(text) { return .value(value) }
        if let value = decimalNumber(text.replacingOccurrences(of: " ", with: "")) { return .value(value) }
        return .invalid(.notNumber(text: cellText(raw)))
    }

    /// Which reading applies to a date like 3/4/2025 whose two first parts are both 12 or less.
    public enum DateOrder: Sendable {
        /// The Cuadro 1S workbook writes month first ("1/15/2025").
        case monthFirst
        /// Colombian usage (dd/mm/yyyy), the default for other sources.
        case dayFirst
    }

    /// The result of reading a date cell; `ambiguous` is set when both day-first and month-first
    /// readings were valid and `order` decided.
    public struct DateReading: Sendable {
        public var date: LocalDate
        public var ambiguous: Bool
    }

    /// Dates as Excel serial numbers (days since 1899-12-30), `yyyy-mm-dd`, or `d/m/yyyy` /
    /// `m/d/yyyy`: a first part above 12 means day-first, a second part above 12 means month-first,
    /// and when both are 12 or less `order` decides and the reading is marked ambiguous.
    public static func date(_ raw: String, order: DateOrder) -> CellValue<DateReading> {
        let text = raw.trimmedWhitespace
        if isEmpty(text) { return .empty }
        var invalid: CellValue<DateReading> { .invalid(.notDate(text: cellText(raw))) }
        if let serial = Double(text) {
            guard serial >= 1, serial < 80_000, serial == serial.rounded(.down) || serial > 1 else { return invalid }
            let days = Int(serial.rounded(.down))
            return .value(DateReading(date: LocalDate(daysSinceEpoch: days - 25569), ambiguous: false))
        }
        // dd/mm/yyyy, the shape most dates come in: read from the bytes (the same reading as below).
        let bytes = Array(text.utf8)
        if bytes.count == 10, bytes[2] == UInt8(ascii: "/"), bytes[5] == UInt8(ascii: "/"),
           bytes.indices.allSatisfy({ $0 == 2 || $0 == 5 || (bytes[$0] >= 0x30 && bytes[$0] <= 0x39) }) {
            func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) } }
            return reading(number(0..<2), number(3..<5), year: number(6..<10), order: order) ?? invalid
        }
        let datePart = text.split(separator: " ").first.map(String.init) ?? text
        if let iso = LocalDate(iso: datePart) { return .value(DateReading(date: iso, ambiguous: false)) }
        let parts = datePart.split(separator: "/", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "-", omittingEmptySubsequences: false) }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
              parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              let a = Int(parts[0]), let b = Int(parts[1]), let year = Int(parts[2]) else { return invalid }
        return reading(a, b, year: year, order: order) ?? invalid
    }

    /// The date written `a/b/year`, day or month first as the parts and `order` decide; nil when
    /// neither reading is a date.
    static func reading(_ a: Int, _ b: Int, year: Int, order: DateOrder) -> CellValue<DateReading>? {
        let dayFirst = LocalDate(year: year, month: b, day: a)
        let monthFirst = LocalDate(year: year, month: a, day: b)
        switch (dayFirst, monthFirst) {
        case (let d?, nil): return .value(DateReading(date: d, ambiguous: false))
        case (nil, let m?): return .value(DateReading(date: m, ambiguous: false))
        case (let d?, let m?):
            if d == m { return .value(DateReading(date: d, ambiguous: false)) }
            return .value(DateReading(date: order == .dayFirst ? d : m, ambiguous: true))
        case (nil, nil): return nil
        }
    }
}
