/// A project's figures in one Cuadro 1S cut: the whole project (its rows in every territory
/// summed) or its part in one territory. A line of the project's history across cuts and years.
public struct ProjectCutFigures: Sendable, Hashable {
    public var cut: ReportCut
    public var bp: String
    public var bpin: String
    public var name: String
    public var agency: Agency
    /// The territories the figures cover, ascending.
    public var territoryCodes: [Int]
    public var activities: Int
    public var budget: Budget
    /// Physical progress 0–100: the highest reported by the rows covered (as on the project's page).
    public var physicalProgress: Double?

    /// `parts` are rows of one project in one cut (at least one).
    public init(cut: ReportCut, parts: [Project]) {
        let first = parts[0]
        self.cut = cut
        bp = first.bp
        bpin = parts.lazy.map(\.bpin).first { !$0.isEmpty } ?? ""
        name = first.name
        agency = first.agency
        territoryCodes = Array(Set(parts.map(\.territoryCode))).sorted()
        activities = parts.reduce(0) { $0 + $1.activities.count }
        budget = parts.reduce(Budget()) { $0 + $1.budget }
        physicalProgress = parts.compactMap(\.physicalProgress).max()
    }

    /// The vigencia (budget year) of the cut: a new one restarts the annual budget.
    public var vigencia: Int { cut.year }

    /// The single territory code a row of the whole project carries: its one territory, or 99
    /// (city-wide) when it reaches several or none.
    public var territoryCode: Int {
        territoryCodes.count == 1 ? territoryCodes[0] : Territory.cityWideCode
    }
}

extension CityData {
    /// A project in every cut that reports it, oldest first: the whole project, or its part in
    /// `territoryCode`.
    public func history(bp: String, territoryCode: Int? = nil) -> [ProjectCutFigures] {
        reports.indices.compactMap { index in
            let parts = projects(inReport: index, territoryCode: territoryCode, bp: bp)
            return parts.isEmpty ? nil : ProjectCutFigures(cut: reports[index].cut, parts: parts)
        }
    }

    /// Every project of the cut at `reportIndex`, whole (its rows in every territory together),
    /// ordered by BP code.
    public func wholeProjects(inReport reportIndex: Int) -> [ProjectCutFigures] {
        let cut = reports[reportIndex].cut
        var order: [String] = []
        var parts: [String: [Project]] = [:]
        for project in reports[reportIndex].projects {
            if parts[project.bp] == nil { order.append(project.bp) }
            parts[project.bp, default: []].append(project)
        }
        return order.sorted().map { ProjectCutFigures(cut: cut, parts: parts[$0]!) }
    }
}

extension CityData {
    /// Projects that an earlier cut reports but the latest does not, each with the index in
    /// `reports` of the last cut that reports it, ordered by BP code: their fichas show that cut.
    public var projectsDroppedBeforeLatest: [(bp: String, reportIndex: Int)] {
        guard reports.count > 1 else { return [] }
        var seen = Set(projects.map(\.bp))
        var dropped: [(bp: String, reportIndex: Int)] = []
        for index in reports.indices.dropLast().reversed() {
            for project in reports[index].projects where seen.insert(project.bp).inserted {
                dropped.append((project.bp, index))
            }
        }
        return dropped.sorted { $0.bp < $1.bp }
    }

    /// The BP codes of every project any cut reports: each has a ficha.
    public var projectsInAnyCut: Set<String> {
        var codes = Set<String>()
        for report in reports { for project in report.projects { codes.insert(project.bp) } }
        return codes
    }
}
