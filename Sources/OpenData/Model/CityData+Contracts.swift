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
    public func contractFigures(bp: String) -> ContractFigures { contractIndex.figures(of: project(bp: bp)) }

    /// The contract figures of the projects with a row in a territory; each project's share is
    /// against its whole modified budget, all its territories included.
    public func contractFigures(territory code: Int) -> ContractFigures {
        var seen = Set<String>()
        let rows = projects(in: code).filter { seen.insert($0.bp).inserted }.flatMap { project(bp: $0.bp) }
        return contractIndex.figures(of: rows)
    }

    /// The contract figures of an agency's projects over the whole city (by agency code).
    public func contractFigures(agency code: String) -> ContractFigures { contractIndex.figures(of: projects(ofAgency: code)) }

    /// The contract figures of every project of the latest cut.
    public var cityContractFigures: ContractFigures { contractIndex.figures(of: projects) }

    /// Contracts with no BPIN or with a BPIN in no cut: "contratos sin proyecto en el Cuadro 1S".
    public var contractsWithoutProject: [Contract] { contractIndex.unmatched.map { contracts[$0] } }
}
