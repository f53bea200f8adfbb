/// Five classes of budget for shading a map: 0 for none (zero or less), then 1–4 by the quartiles
/// of the amounts above zero. The cuts are values of the amounts themselves, so equal amounts share
/// a class and a class may stay empty.
public struct BudgetClasses: Sendable, Hashable {
    /// The amounts above zero, ascending.
    public var positive: [Int64]
    /// The three quartile cuts (empty when no amount is above zero).
    public var cuts: [Int64]

    public init<S: Sequence>(_ amounts: S) where S.Element == Int64 {
        let sorted = amounts.filter { $0 > 0 }.sorted()
        positive = sorted
        cuts = sorted.isEmpty ? [] : (1...3).map { sorted[min(sorted.count - 1, sorted.count * $0 / 4)] }
    }

    /// The class of an amount: 0 for none, else 1 plus the number of cuts it exceeds.
    public func shade(_ amount: Int64) -> Int {
        guard amount > 0 else { return 0 }
        return 1 + cuts.filter { amount > $0 }.count
    }

    /// Each non-empty class above zero with its bounds: up to `upper` (class 1), or above `lower`
    /// up to `upper`. Empty when no amount is above zero.
    public var ranges: [(shade: Int, lower: Int64, upper: Int64)] {
        guard let first = positive.first, let last = positive.last else { return [] }
        let bounds: [Int64] = [first] + cuts + [last]
        var out: [(shade: Int, lower: Int64, upper: Int64)] = []
        for index in 0..<4 where index == 0 || bounds[index] < bounds[index + 1] {
            out.append((index + 1, bounds[index], bounds[index + 1]))
        }
        return out
    }
}
