/// Which way round a column writes its dates, learnt from its unambiguous ones. Excel in a Spanish
/// locale saves date cells as `dd/mm/yyyy`, while dates typed as text in the Cuadro 1S workbook
/// are month first (`1/15/2025`); one column of an Excel CSV holds both. So the evidence is kept
/// apart by how a date is written: both first parts of two digits (`02/01/2025`, Excel's format)
/// or not (`1/3/2025`). In each, a first part above 12 is a vote for day first, a second part
/// above 12 a vote for month first; the majority decides, and without a majority the order stays
/// month first, as the workbook writes it.
struct DateOrderEvidence {
    /// Votes per shape: [padded, unpadded] × (day first, month first).
    private var dayFirst = [0, 0]
    private var monthFirst = [0, 0]

    /// The two first parts of a `a/b/yyyy` cell and whether both have two digits; nil for any other text.
    static func parts(_ bytes: UnsafeBufferPointer<UInt8>) -> (a: Int, b: Int, padded: Bool)? {
        var numbers = [0, 0, 0], lengths = [0, 0, 0]
        var part = 0
        var started = false, ended = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 {
                if started { ended = true }
                continue
            }
            if ended { return nil }
            started = true
            if byte == UInt8(ascii: "/") {
                part += 1
                if part > 2 { return nil }
            } else if byte >= 0x30 && byte <= 0x39 {
                numbers[part] = numbers[part] * 10 + Int(byte - 0x30)
                lengths[part] += 1
                if lengths[part] > 4 { return nil }
            } else {
                return nil
            }
        }
        guard part == 2, (1...2).contains(lengths[0]), (1...2).contains(lengths[1]), lengths[2] == 4 else { return nil }
        return (numbers[0], numbers[1], lengths[0] == 2 && lengths[1] == 2)
    }

    /// Counts the cell's vote, if it is an unambiguous `a/b/yyyy` date.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let (a, b, padded) = Self.parts(bytes) else { return }
        let shape = padded ? 0 : 1
        if a > 12, a <= 31, (1...12).contains(b) { dayFirst[shape] += 1 }
        if b > 12, b <= 31, (1...12).contains(a) { monthFirst[shape] += 1 }
    }

    /// The order for an ambiguous cell written like `bytes`.
    func order(for bytes: UnsafeBufferPointer<UInt8>) -> ValueParsing.DateOrder {
        let shape = (Self.parts(bytes)?.padded ?? false) ? 0 : 1
        return dayFirst[shape] > monthFirst[shape] ? .dayFirst : .monthFirst
    }
}
