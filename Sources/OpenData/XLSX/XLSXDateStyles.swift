/// Which cell styles show a number as a date or a time, from `xl/styles.xml` (`cellXfs` and
/// `numFmts`), and the text such a cell reads as: `yyyy-mm-dd`, with ` HH:MM:SS` when its format
/// shows hours or seconds, `HH:MM:SS` for a time alone.
struct XLSXDateStyles: Sendable {
    enum Kind: UInt8, Sendable {
        case number, date, dateTime, time
    }

    /// The kind of each cell style (`s` attribute), in order.
    private var kinds: [Kind] = []
    /// True for the 1904 date system (`<workbookPr date1904="1">`).
    var date1904 = false

    init(kinds: [Kind] = [], date1904: Bool = false) {
        self.kinds = kinds
        self.date1904 = date1904
    }

    func kind(ofStyle index: Int) -> Kind {
        index >= 0 && index < kinds.count ? kinds[index] : .number
    }

    static func read(_ reader: ZIPEntryReader) throws(XLSXProblem) -> XLSXDateStyles {
        var tokens = XMLTokenizer(reader: reader)
        var custom: [Int: Kind] = [:]
        var kinds: [Kind] = []
        var inCellXfs = false
        loop: while true {
            let token = try tokens.next()
            switch token {
            case .done: break loop
            case .start, .empty:
                if tokens.nameKey == Names.numFmt, let id = tokens.attributeNumber(Names.numFmtId) {
                    custom[id] = kind(ofFormat: try tokens.attributeText(Names.formatCode) ?? "")
                } else if tokens.nameKey == Names.cellXfs {
                    inCellXfs = token == .start
                } else if inCellXfs && tokens.nameKey == Names.xf {
                    let id = tokens.attributeNumber(Names.numFmtId) ?? 0
                    kinds.append(custom[id] ?? builtInKind(id))
                }
            case .end:
                if tokens.nameKey == Names.cellXfs { inCellXfs = false }
            case .text: break
            }
        }
        return XLSXDateStyles(kinds: kinds)
    }

    /// The built-in number formats that show dates or times (ECMA-376 §18.8.30, and the East Asian
    /// locale ones 27–36 and 50–58, all dates).
    static func builtInKind(_ id: Int) -> Kind {
        switch id {
        case 14...17, 27...36, 50...58: return .date
        case 18...21, 45, 47: return .time
        case 22: return .dateTime
        default: return .number
        }
    }

    /// What a custom format code shows: its first section, without quoted text, `[...]` parts
    /// (colours, locales, conditions, elapsed time), escaped characters and fill/space characters.
    static func kind(ofFormat code: String) -> Kind {
        var date = false, time = false
        var elapsed = false
        var iterator = code.unicodeScalars.makeIterator()
        scan: while let scalar = iterator.next() {
            switch scalar {
            case ";": break scan
            case "\"":
                while let inner = iterator.next(), inner != "\"" {}
            case "[":
                var inside = ""
                while let inner = iterator.next(), inner != "]" { inside.unicodeScalars.append(inner) }
                let lower = inside.lowercased()
                if !lower.isEmpty && lower.allSatisfy({ $0 == "h" || $0 == "m" || $0 == "s" }) { elapsed = true }
            case "\\", "_", "*":
                _ = iterator.next()
            case "d", "D", "y", "Y", "m", "M":
                date = true
            case "h", "H", "s", "S":
                time = true
            case "e", "E":
                // "e" is the era year in a date format, an exponent ("0.00E+00") in a number format.
                continue
            default: continue
            }
        }
        if elapsed { return .number }
        // "m" next to hours or seconds is minutes ("h:mm", "mm:ss"), not a month.
        if time { return date && code.unicodeScalars.contains(where: { "dDyY".unicodeScalars.contains($0) }) ? .dateTime : .time }
        return date ? .date : .number
    }

    /// The text of `serial` (Excel's day number, with its fraction of a day) shown as `kind`; nil
    /// for a number that is no date (negative, or past the year 9999).
    func text(_ serial: Double, kind: Kind) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds == 86_400 {
            days += 1
            seconds = 0
        }
        let clock = Digits.padded(seconds / 3600, width: 2) + ":" + Digits.padded(seconds / 60 % 60, width: 2) + ":"
            + Digits.padded(seconds % 60, width: 2)
        if kind == .time && days == 0 { return clock }
        let day: String
        if date1904 {
            day = Self.iso(daysSinceEpoch: days - 24_107)
        } else if days == 60 {
            // Excel's day 60 is 1900-02-29, a day that never was (Lotus 1-2-3's leap-year bug).
            day = "1900-02-29"
        } else if days < 60 {
            guard days >= 1 else { return kind == .time ? clock : nil }
            day = Self.iso(daysSinceEpoch: days - 25_568)
        } else {
            day = Self.iso(daysSinceEpoch: days - 25_569)
        }
        return kind == .date ? day : day + " " + clock
    }

    private static func iso(daysSinceEpoch days: Int) -> String {
        let date = LocalDate(daysSinceEpoch: days)
        return Digits.padded(date.year, width: 4) + "-" + Digits.padded(date.month, width: 2) + "-" + Digits.padded(date.day, width: 2)
    }
}
