/// Money of a project or activity by budget phase, in whole pesos. Nil means "not reported".
public struct Budget: Sendable, Hashable, Codable {
    public var initial: Int64?
    public var modified: Int64?
    public var executed: Int64?
    public var obligated: Int64?
    public var paid: Int64?

    public init(initial: Int64? = nil, modified: Int64? = nil, executed: Int64? = nil, obligated: Int64? = nil, paid: Int64? = nil) {
        self.initial = initial
        self.modified = modified
        self.executed = executed
        self.obligated = obligated
        self.paid = paid
    }

    public static let zero = Budget(initial: 0, modified: 0, executed: 0, obligated: 0, paid: 0)

    /// Sums phase by phase; a phase not reported on either side stays nil.
    public static func + (a: Budget, b: Budget) -> Budget {
        func add(_ x: Int64?, _ y: Int64?) -> Int64? {
            switch (x, y) {
            case (nil, nil): return nil
            default: return (x ?? 0) + (y ?? 0)
            }
        }
        return Budget(initial: add(a.initial, b.initial), modified: add(a.modified, b.modified),
                      executed: add(a.executed, b.executed), obligated: add(a.obligated, b.obligated),
                      paid: add(a.paid, b.paid))
    }

    /// Executed (committed) over modified budget, 0–100, when both are known and the budget is not zero.
    public var financialProgress: Double? {
        guard let modified, modified > 0, let executed else { return nil }
        return Double(executed) / Double(modified) * 100
    }
}
