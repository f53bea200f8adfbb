/// An investment project (BP code) in one territory: its identity and the sums over its activities
/// in that territory.
public struct Project: Sendable, Hashable, Codable {
    public var bp: String
    public var bpin: String
    public var name: String
    public var agency: Agency
    public var plan: [PlanLevel]
    public var territoryCode: Int
    public var activities: [Activity]
    /// The budget a source gives for the project as a whole (the per-agency workbook's project
    /// row), which then stands instead of the sum over its activities.
    public var reportedBudget: Budget?
    /// The physical progress (0–100) a source gives for the project as a whole, even without
    /// activities (the per-agency workbook's project row).
    public var reportedProgress: Double?

    public init(bp: String, bpin: String, name: String, agency: Agency, plan: [PlanLevel], territoryCode: Int,
                activities: [Activity], reportedBudget: Budget? = nil, reportedProgress: Double? = nil) {
        self.bp = bp
        self.bpin = bpin
        self.name = name
        self.agency = agency
        self.plan = plan
        self.territoryCode = territoryCode
        self.activities = activities
        self.reportedBudget = reportedBudget
        self.reportedProgress = reportedProgress
    }

    public var budget: Budget { reportedBudget ?? activities.reduce(Budget()) { $0 + $1.budget } }

    /// Physical progress 0–100: the project's own reported figure, or else the weighted progress of
    /// its activities.
    public var physicalProgress: Double? {
        if let reportedProgress { return reportedProgress }
        if let reported = activities.lazy.compactMap(\.projectProgress).max() { return reported }
        let weighted = activities.compactMap { a -> (Double, Double)? in
            guard let w = a.weight, let p = a.latestProgress else { return nil }
            return (w, p)
        }
        guard !weighted.isEmpty else { return nil }
        let totalWeight = weighted.reduce(0) { $0 + $1.0 }
        guard totalWeight > 0 else { return nil }
        return weighted.reduce(0) { $0 + $1.0 * $1.1 } / totalWeight
    }

    public var start: LocalDate? { activities.compactMap(\.start).min() }
    public var end: LocalDate? { activities.compactMap(\.end).max() }
}
