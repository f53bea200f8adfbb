/// One line of a budget execution export ("Ejecución presupuestal"): the money of one project
/// activity, budget item and fund in one territory, by budget phase.
public struct BudgetExecutionLine: Sendable, Hashable {
    public var agency: Agency
    public var bp: String
    public var bpin: String
    public var projectName: String
    /// "Programa Presupuestal": the activity code (BP code plus consecutive).
    public var activityCode: String
    public var activityName: String
    public var fundCode: String
    public var fundName: String
    /// `Origen` as written ("Territorio", "Organismo").
    public var origin: String
    public var territoryCode: Int
    /// `VIGENCIA` as written ("Actual", "Reserva").
    public var validity: String
    /// Initial, modified, executed (committed: RPC), obligated and paid, in pesos.
    public var budget: Budget
    /// Availability certificates issued (CDP), in pesos.
    public var certified: Int64?
    public var source: SourceLocation

    public init(agency: Agency, bp: String, bpin: String, projectName: String, activityCode: String, activityName: String,
                fundCode: String, fundName: String, origin: String, territoryCode: Int, validity: String,
                budget: Budget, certified: Int64?, source: SourceLocation) {
        self.agency = agency
        self.bp = bp
        self.bpin = bpin
        self.projectName = projectName
        self.activityCode = activityCode
        self.activityName = activityName
        self.fundCode = fundCode
        self.fundName = fundName
        self.origin = origin
        self.territoryCode = territoryCode
        self.validity = validity
        self.budget = budget
        self.certified = certified
        self.source = source
    }

    /// `Origen` = "Territorio": money of the participatory budget (presupuesto participativo) that
    /// the comuna or corregimiento decided.
    public var isParticipatory: Bool {
        HeaderName.normalise(origin) == "territorio"
    }
}

/// One budget execution export (one file of `ejecucion/`): its lines in source order, with the
/// lookups pages and datasets need.
public struct BudgetExecution: Sendable {
    /// The cut as named by the file (`2025-03` for `ejecucion/2025-03.csv`).
    public var period: String
    public var sourcePath: String
    public var lines: [BudgetExecutionLine] {
        didSet { byBP = Dictionary(grouping: lines, by: \.bp) }
    }
    /// `lines` by BP code, in source order: every project page looks its lines up.
    private var byBP: [String: [BudgetExecutionLine]]

    /// From January 1st of the fiscal year to the end of the export's month: execution is cumulative.
    public var coveredPeriod: DatasetPeriod? {
        let parts = period.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
              let start = LocalDate(year: year, month: 1, day: 1),
              let end = LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year)) else { return nil }
        return DatasetPeriod(start: start, end: end, label: period)
    }

    public init(period: String, sourcePath: String, lines: [BudgetExecutionLine]) {
        self.period = period
        self.sourcePath = sourcePath
        self.lines = lines
        byBP = Dictionary(grouping: lines, by: \.bp)
    }

    /// Lines of a project (BP code), in source order.
    public func lines(bp: String) -> [BudgetExecutionLine] { byBP[bp] ?? [] }

    /// Lines of a territory, in source order.
    public func lines(in territoryCode: Int) -> [BudgetExecutionLine] { lines.filter { $0.territoryCode == territoryCode } }

    /// The sum of `lines` phase by phase.
    public static func total(_ lines: [BudgetExecutionLine]) -> Budget {
        lines.reduce(Budget()) { $0 + $1.budget }
    }

    /// Year and month of a period named `YYYY-MM`, when it is one.
    public var yearMonth: (year: Int, month: Int)? {
        let parts = period.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
              (1...12).contains(month) else { return nil }
        return (year, month)
    }
}
