/// A cut's projects grouped by territory code and by BP code, each group in the cut's order
/// (territory, then BP code). Built once per cut; `CityData` answers its lookups from it.
struct ProjectIndex: Sendable {
    var byTerritory: [Int: [Project]] = [:]
    var byBP: [String: [Project]] = [:]

    init(_ report: Cuadro1SReport?) {
        guard let report else { return }
        for project in report.projects {
            byTerritory[project.territoryCode, default: []].append(project)
            byBP[project.bp, default: []].append(project)
        }
    }
}
