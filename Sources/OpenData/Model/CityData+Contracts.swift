/// The contracts as the pages and datasets read them: by project, territory and agency of the
/// latest cut, for the whole city, and those that join no project.
extension CityData {
    /// The contracts of a BPIN, newest first; none for an empty BPIN.
    public func contracts(bpin: String) -> [Contract] { contractIndex.contracts(bpin: bpin) }

    /// The contracts of a project of the latest cut (by BP code), newest first.
    public func contracts(bp: String) -> [Contract] {
        contracts(bpin: project(bp: bp).lazy.map(\.bpin).first { !$0.isEmpty } ?? "")
    }

    /// A project's contract figures, against its modified budget in every territory.
    public func contractFigures(bp: String) -> ContractFigures { contractFigures.project(bp) }

    /// The contract figures of the projects with a row in a territory; each project's share is
    /// against its whole modified budget, all its territories included.
    public func contractFigures(territory code: Int) -> ContractFigures { contractFigures.territory(code) }

    /// The contract figures of an agency's projects over the whole city (by agency code).
    public func contractFigures(agency code: String) -> ContractFigures { contractFigures.agency(code) }

    /// The contract figures of an agency's projects with a row in a territory, each project with
    /// all its rows so its share is against its whole modified budget.
    public func contractFigures(agency code: String, territory: Int) -> ContractFigures {
        contractFigures.agency(code, territory: territory)
    }

    /// The contract figures of every project of the latest cut.
    public var cityContractFigures: ContractFigures { contractFigures.city }

    /// Contracts with no BPIN or with a BPIN in no cut: "contratos sin proyecto en el Cuadro 1S".
    public var contractsWithoutProject: [Contract] { contractIndex.unmatched.map { contracts[$0] } }
}
