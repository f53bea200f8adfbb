/// `ValueParsing` over a CSV field's bytes: the shapes nearly every cell has (empty, plain digits,
/// a decimal with a point or a comma, m/d/yyyy, money grouped with dots as Excel es-CO writes it)
/// are read without making a String; anything else, and every
/// problem, goes through the String reading, so results and messages are the same.
extension ValueParsing {
    public static func money(_ bytes: UnsafeBufferPointer<UInt8>) -> CellValue<Int64> {
        if bytes.isEmpty { return .empty }
        if bytes.count < 16, let digits = digits(bytes) { return .value(digits) }
        if let amount = groupedMoney(bytes) { return .value(amount) }
        return money(String(decoding: bytes, as: UTF8.self))
    }

    public static func percent(_ bytes: UnsafeBufferPointer<UInt8>) -> CellValue<Double> {
        if bytes.isEmpty { return .empty }
        if let number = plainDecimal(bytes) ?? plainDecimal(bytes, point: UInt8(ascii: ",")) {
            let value = number > 1 ? number : number * 100
            if value >= 0 && value <= 1000 { return .value((value * 1_000_000).rounded() / 1_000_000) }
        }
        return percent(String(decoding: bytes, as: UTF8.self))
    }

    public static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> CellValue<Double> {
        if bytes.isEmpty { return .empty }
        if let number = plainDecimal(bytes) { return .value(number) }
        // A decimal comma, except "d,ddd" to "ddd,ddd", which the String reading takes as thousands.
        if let comma = bytes.firstIndex(of: UInt8(ascii: ",")), !(1...3).contains(comma) || bytes.count - comma - 1 != 3,
           let number = plainDecimal(bytes, point: UInt8(ascii: ",")) {
            return .value(number)
        }
        return number(String(decoding: bytes, as: UTF8.self))
    }

    public static func date(_ bytes: UnsafeBufferPointer<UInt8>, order: DateOrder) -> CellValue<DateReading> {
        if bytes.isEmpty { return .empty }
        if bytes.count < 16, let serial = digits(bytes), serial >= 1, serial < 80_000 {
            return .value(DateReading(date: LocalDate(daysSinceEpoch: Int(serial) - 25569), ambiguous: false))
        }
        if let (a, b, year) = slashedDate(bytes), let reading = reading(a, b, year: year, order: order) {
            return reading
        }
        return date(String(decoding: bytes, as: UTF8.self), order: order)
    }

    /// The value of a field of ASCII digits only (at most 15, so it cannot overflow); nil otherwise.
    static func digits(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard !bytes.isEmpty, bytes.count <= 15 else { return nil }
        var value: Int64 = 0
        for byte in bytes {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int64(byte - 0x30)
        }
        return value
    }

    private static let powersOfTen: [Double] = (0...15).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// "$ 1.234.567", "-$ 1.234", " 44.893.000 ", "$ -" (zero): pesos as Excel es-CO and the budget
    /// exports write them, spaces around, an optional sign and "$", digits in groups of three
    /// after the first (15 digits at most); the value `money(String)` gives, or nil for any other
    /// shape.
    static func groupedMoney(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        let space = UInt8(ascii: " "), minus = UInt8(ascii: "-")
        var i = 0, end = bytes.count
        while i < end && bytes[i] == space { i += 1 }
        while end > i && bytes[end - 1] == space { end -= 1 }
        var negative = false
        if i < end && bytes[i] == minus {
            negative = true
            i += 1
        }
        if i < end && bytes[i] == UInt8(ascii: "$") {
            i += 1
            while i < end && bytes[i] == space { i += 1 }
        }
        guard i < end else { return negative ? 0 : nil }
        if bytes[i] == minus {
            if i + 1 == end { return negative ? nil : 0 }
            guard !negative else { return nil }
            negative = true
            i += 1
        }
        var value: Int64 = 0
        var digits = 0, groupLength = 0, groups = 0
        for byte in UnsafeBufferPointer(rebasing: bytes[i..<end]) {
            if byte >= 0x30 && byte <= 0x39 {
                value = value * 10 + Int64(byte - 0x30)
                digits += 1
                groupLength += 1
                guard digits <= 15 else { return nil }
            } else if byte == UInt8(ascii: ".") {
                guard groupLength >= 1, groups > 0 ? groupLength == 3 : groupLength <= 3 else { return nil }
                groups += 1
                groupLength = 0
            } else {
                return nil
            }
        }
        guard digits > 0, groups == 0 || groupLength == 3 else { return nil }
        return negative ? -value : value
    }

    /// "462", "0.0588" (or "0,0588" with `point` ","): digits, optionally the point and more digits,
    /// 15 digits at most; nil for any other shape. Exact digits over an exact power of ten divide
    /// with one rounding, so the result is the correctly rounded value `Double(String)` gives.
    static func plainDecimal(_ bytes: UnsafeBufferPointer<UInt8>, point: UInt8 = UInt8(ascii: ".")) -> Double? {
        var mantissa: Int64 = 0
        var digits = 0, fractionDigits = 0
        var sawPoint = false
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                mantissa = mantissa &* 10 &+ Int64(byte - 0x30)
                digits += 1
                if sawPoint { fractionDigits += 1 }
            } else if byte == point && !sawPoint && digits > 0 {
                sawPoint = true
            } else {
                return nil
            }
        }
        guard digits > 0, digits <= 15, !sawPoint || fractionDigits > 0 else { return nil }
        return Double(mantissa) / powersOfTen[fractionDigits]
    }

    /// The parts of "d/m/yyyy" or "m/d/yyyy" (one or two digits, then four); nil for any other shape.
    static func slashedDate(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        var parts = (0, 0, 0)
        var part = 0, length = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                let digit = Int(byte - 0x30)
                switch part {
                case 0: parts.0 = parts.0 * 10 + digit
                case 1: parts.1 = parts.1 * 10 + digit
                default: parts.2 = parts.2 * 10 + digit
                }
                length += 1
                if length > (part == 2 ? 4 : 2) { return nil }
            } else if byte == UInt8(ascii: "/") && part < 2 && length > 0 {
                part += 1
                length = 0
            } else {
                return nil
            }
        }
        guard part == 2, length == 4 else { return nil }
        return parts
    }
}
