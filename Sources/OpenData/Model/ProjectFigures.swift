/// The figures of a set of project rows of one Cuadro 1S cut (a territory's, an agency's, the
/// city's): what the territory dashboard shows and the `resumen` dataset publishes.
///
/// Each project (BP code) counts once: its rows in several territories are one project whose
/// money is their sum and whose physical progress is the highest they report (as on the project's
/// page). Within one territory every project has one row, so there a project is its row.
public struct ProjectFigures: Sendable, Hashable {
    /// Distinct BP codes.
    public var projects: Int
    public var activities: Int
    /// Money by phase; a phase no project reports stays unknown, and no projects at all is zero.
    public var budget: Budget
    /// Physical progress 0–100 weighted by modified budget, over the projects that report progress
    /// and have a modified budget above zero; nil when there is none.
    public var physicalProgress: Double?
    /// Projects by physical progress.
    public var bands: ProgressBands

    /// Executed (committed) over modified budget, 0–100 (see `Budget.financialProgress`).
    public var financialProgress: Double? { budget.financialProgress }

    /// The figures of no project.
    public static let empty = ProjectFigures(facts: [])

    init<C: Collection>(facts rows: C) where C.Element == ProjectRowFacts {
        // Counted as `Totals` counts: distinct BP codes; no rows at all is zero money.
        var order: [String] = []
        var parts: [String: (progress: Double?, modified: Int64)] = [:]
        var activities = 0
        var budget = Budget()
        for row in rows {
            activities += row.activities
            budget = budget + row.budget
            let modified = row.budget.modified ?? 0
            if let part = parts[row.bp] {
                let highest = [part.progress, row.progress].compactMap { $0 }.max()
                parts[row.bp] = (highest, part.modified + modified)
            } else {
                order.append(row.bp)
                parts[row.bp] = (row.progress, modified)
            }
        }
        projects = order.count
        self.activities = activities
        self.budget = rows.isEmpty ? .zero : budget
        // Projects in the order of their first row, so sums run in the rows' order.
        var weighted = 0.0, weights = 0.0
        var bands = ProgressBands()
        for bp in order {
            let part = parts[bp]!
            let weight = Double(max(part.modified, 0))
            if let progress = part.progress, weight > 0 {
                weighted += progress * weight
                weights += weight
            }
            bands.count(part.progress)
        }
        physicalProgress = weights > 0 ? weighted / weights : nil
        self.bands = bands
    }
}

/// What the figures read of a project row, worked out once (a row's budget and progress are sums
/// over its activities).
struct ProjectRowFacts: Sendable {
    var bp: String
    var agency: Agency
    var activities: Int
    var budget: Budget
    var progress: Double?

    init(_ row: Project) {
        bp = row.bp
        agency = row.agency
        activities = row.activities.count
        budget = row.budget
        progress = row.physicalProgress
    }
}

/// Projects counted by physical progress: none (0 % or less), under 50 %, 50 % to under 100 %,
/// finished (100 % or more), and without a progress figure.
public struct ProgressBands: Sendable, Hashable {
    public var none = 0
    public var belowHalf = 0
    public var halfOrMore = 0
    public var finished = 0
    public var unknown = 0

    public init() {}

    public init(none: Int, belowHalf: Int, halfOrMore: Int, finished: Int, unknown: Int) {
        self.none = none
        self.belowHalf = belowHalf
        self.halfOrMore = halfOrMore
        self.finished = finished
        self.unknown = unknown
    }

    /// Adds one project with the given physical progress (0–100).
    public mutating func count(_ progress: Double?) {
        switch progress {
        case nil: unknown += 1
        case let p? where p <= 0: none += 1
        case let p? where p < 50: belowHalf += 1
        case let p? where p < 100: halfOrMore += 1
        default: finished += 1
        }
    }

    /// The counts in the order of the bands above.
    public var counts: [Int] { [none, belowHalf, halfOrMore, finished, unknown] }
}
