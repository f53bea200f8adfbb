/// What changed between two Cuadro 1S cuts: activities that appear or disappear (by BP code,
/// activity code and territory), projects whose physical progress moved, and projects whose
/// modified budget changed (summed over their territories).
public struct ReportChanges: Sendable {
    /// An activity's identity across cuts.
    public struct ActivityKey: Sendable, Hashable, Comparable {
        public var bp: String
        public var code: String
        public var territoryCode: Int

        public init(_ activity: Activity) {
            bp = activity.bp
            code = activity.code
            territoryCode = activity.territoryCode
        }

        public static func < (a: ActivityKey, b: ActivityKey) -> Bool {
            (a.bp, a.code, a.territoryCode) < (b.bp, b.code, b.territoryCode)
        }
    }

    /// A project's figure before and after.
    public struct ProjectChange<Value: Sendable & Equatable>: Sendable {
        public var bp: String
        public var name: String
        public var territoryCodes: [Int]
        public var before: Value
        public var after: Value
    }

    public var previous: ReportCut
    public var current: ReportCut
    public var added: [Activity]
    public var dropped: [Activity]
    public var progress: [ProjectChange<Double?>]
    public var budget: [ProjectChange<Int64?>]

    public var isEmpty: Bool { added.isEmpty && dropped.isEmpty && progress.isEmpty && budget.isEmpty }

    /// Compares `current` with `previous`; `territoryCode` limits it to one territory, `bp` to one project.
    public init(previous: Cuadro1SReport, current: Cuadro1SReport, territoryCode: Int? = nil, bp: String? = nil) {
        func projects(_ report: Cuadro1SReport) -> [Project] {
            report.projects.filter { (territoryCode == nil || $0.territoryCode == territoryCode) && (bp == nil || $0.bp == bp) }
        }
        self.init(previous: previous.cut, current: current.cut, before: projects(previous), after: projects(current))
    }

    /// Compares the projects `after` (of cut `current`) with `before` (of cut `previous`).
    init(previous: ReportCut, current: ReportCut, before: [Project], after: [Project]) {
        self.previous = previous
        self.current = current
        func activities(_ list: [Project]) -> [ActivityKey: Activity] {
            var out: [ActivityKey: Activity] = [:]
            for project in list { for activity in project.activities { out[ActivityKey(activity)] = out[ActivityKey(activity)] ?? activity } }
            return out
        }
        let oldActivities = activities(before), newActivities = activities(after)
        added = newActivities.filter { oldActivities[$0.key] == nil }.sorted { $0.key < $1.key }.map(\.value)
        dropped = oldActivities.filter { newActivities[$0.key] == nil }.sorted { $0.key < $1.key }.map(\.value)

        func byBP(_ list: [Project]) -> [String: [Project]] { Dictionary(grouping: list, by: \.bp) }
        let oldProjects = byBP(before), newProjects = byBP(after)
        var progress: [ProjectChange<Double?>] = []
        var budget: [ProjectChange<Int64?>] = []
        for bp in Set(oldProjects.keys).intersection(newProjects.keys).sorted() {
            let old = oldProjects[bp]!, new = newProjects[bp]!
            let codes = Array(Set(new.map(\.territoryCode))).sorted()
            let oldProgress = old.compactMap(\.physicalProgress).max(), newProgress = new.compactMap(\.physicalProgress).max()
            if Self.rounded(oldProgress) != Self.rounded(newProgress) {
                progress.append(ProjectChange(bp: bp, name: new[0].name, territoryCodes: codes, before: oldProgress, after: newProgress))
            }
            let oldBudget = old.reduce(Budget()) { $0 + $1.budget }.modified
            let newBudget = new.reduce(Budget()) { $0 + $1.budget }.modified
            if (oldBudget ?? 0) != (newBudget ?? 0) {
                budget.append(ProjectChange(bp: bp, name: new[0].name, territoryCodes: codes, before: oldBudget, after: newBudget))
            }
        }
        self.progress = progress
        self.budget = budget
    }

    /// Progress compared at one decimal, as pages show it.
    static func rounded(_ value: Double?) -> Int? { value.map { Int(($0 * 10).rounded()) } }
}

extension CityData {
    /// The changes of a cut against the cut before it; nil for the first cut.
    public func changes(to cut: ReportCut, territoryCode: Int? = nil, bp: String? = nil) -> ReportChanges? {
        guard let index = reports.firstIndex(where: { $0.cut == cut }), index > 0 else { return nil }
        return ReportChanges(previous: reports[index - 1].cut, current: cut,
                             before: projects(inReport: index - 1, territoryCode: territoryCode, bp: bp),
                             after: projects(inReport: index, territoryCode: territoryCode, bp: bp))
    }
}
