/// The contract figures of the latest cut, computed once when the model is made (like
/// `CityFigures`): per project, per territory, per agency over the whole city, per agency within a
/// territory, and for the whole city. Pages and datasets read them many times each (every format
/// of every dataset, every page that shows them); summing 80,000 contracts each time was a
/// tenth of a national site's build.
struct CityContractFigures: Sendable {
    private struct TerritoryAgency: Hashable {
        var territory: Int
        var agency: String
    }

    private(set) var city: ContractFigures = .empty
    private var projects: [String: ContractFigures] = [:]
    private var territories: [Int: ContractFigures] = [:]
    private var agencies: [String: ContractFigures] = [:]
    private var territoryAgencies: [TerritoryAgency: ContractFigures] = [:]

    /// - Parameters:
    ///   - rows: every project row of the latest cut, in its order.
    ///   - byBP: those rows by BP code.
    init(_ index: ContractIndex, rows: [Project], byBP: [String: [Project]]) {
        guard index.hasContracts else { return }
        city = index.figures(of: rows)
        var territoryBPs: [Int: [String]] = [:]
        var agencyRows: [String: [Project]] = [:]
        var territoryAgencyBPs: [TerritoryAgency: [String]] = [:]
        var seenInTerritory: [Int: Set<String>] = [:]
        var seenInPlace: [TerritoryAgency: Set<String>] = [:]
        for row in rows {
            if projects[row.bp] == nil { projects[row.bp] = index.figures(of: byBP[row.bp] ?? []) }
            agencyRows[row.agency.code, default: []].append(row)
            // Each BP once per territory, and once per agency within the territory.
            if seenInTerritory[row.territoryCode, default: []].insert(row.bp).inserted {
                territoryBPs[row.territoryCode, default: []].append(row.bp)
            }
            let place = TerritoryAgency(territory: row.territoryCode, agency: row.agency.code)
            if seenInPlace[place, default: []].insert(row.bp).inserted {
                territoryAgencyBPs[place, default: []].append(row.bp)
            }
        }
        func allRows(_ bps: [String]) -> [Project] { bps.flatMap { byBP[$0] ?? [] } }
        territories = territoryBPs.mapValues { index.figures(of: allRows($0)) }
        agencies = agencyRows.mapValues { index.figures(of: $0) }
        territoryAgencies = territoryAgencyBPs.mapValues { index.figures(of: allRows($0)) }
    }

    /// A project's figures (by BP code), against its modified budget in every territory.
    func project(_ bp: String) -> ContractFigures { projects[bp] ?? .empty }

    /// The figures of the projects with a row in a territory, each with all its rows.
    func territory(_ code: Int) -> ContractFigures { territories[code] ?? .empty }

    /// The figures of an agency's rows over the whole city.
    func agency(_ code: String) -> ContractFigures { agencies[code] ?? .empty }

    /// The figures of an agency's projects with a row in a territory, each with all its rows.
    func agency(_ code: String, territory: Int) -> ContractFigures {
        territoryAgencies[TerritoryAgency(territory: territory, agency: code)] ?? .empty
    }
}
