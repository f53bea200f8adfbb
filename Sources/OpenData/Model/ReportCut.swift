/// One quarterly cut of the Cuadro 1S follow-up report (e.g. 2025, quarter 1 → `2025-T1`).
public struct ReportCut: Sendable, Hashable, Comparable, Codable {
    public var year: Int
    public var quarter: Int

    public init?(year: Int, quarter: Int) {
        guard (2000...2100).contains(year), (1...4).contains(quarter) else { return nil }
        self.year = year
        self.quarter = quarter
    }

    /// Parses a file name stem `YYYY-Tq` (e.g. `2025-T1`).
    public init?(id: String) {
        let parts = id.uppercased().split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), parts[1].hasPrefix("T"),
              let quarter = Int(parts[1].dropFirst()) else { return nil }
        self.init(year: year, quarter: quarter)
    }

    public var id: String { "\(year)-T\(quarter)" }

    public static func < (a: ReportCut, b: ReportCut) -> Bool { (a.year, a.quarter) < (b.year, b.quarter) }

    /// First and last day of the quarter.
    public var periodStart: LocalDate { LocalDate(year: year, month: (quarter - 1) * 3 + 1, day: 1)! }
    public var periodEnd: LocalDate {
        let month = quarter * 3
        return LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))!
    }
}
