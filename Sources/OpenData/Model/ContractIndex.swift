/// The contracts joined to the Cuadro 1S projects by BPIN: a contract joins every project of every
/// cut that carries its BPIN. Built once when the model is made; `CityData` answers from it.
struct ContractIndex: Sendable {
    /// Positions in `contracts` by BPIN, newest first.
    private var byBPIN: [String: [Int]] = [:]
    /// Contracts with no BPIN, or a BPIN in no cut, in source order.
    private(set) var unmatched: [Int] = []
    private let contracts: [Contract]

    init(contracts: [Contract], reports: [Cuadro1SReport]) {
        self.contracts = contracts
        var known = Set<String>()
        for report in reports {
            for project in report.projects { let bpin = Self.key(project.bpin); if !bpin.isEmpty { known.insert(bpin) } }
        }
        for (position, contract) in contracts.enumerated() {
            let joined = contract.bpins.filter(known.contains)
            if joined.isEmpty { unmatched.append(position) }
            for bpin in joined { byBPIN[bpin, default: []].append(position) }
        }
        for (bpin, positions) in byBPIN {
            byBPIN[bpin] = positions.sorted { Contract.newestFirst(contracts[$0], contracts[$1]) }
        }
    }

    /// True when any contract was read (joined or not).
    var hasContracts: Bool { !contracts.isEmpty }

    /// The contracts of a BPIN, newest first.
    func contracts(bpin: String) -> [Contract] { positions(bpin: bpin).map { contracts[$0] } }

    /// The positions in the contracts of those of a BPIN, newest first.
    func positions(bpin: String) -> [Int] {
        let bpin = Self.key(bpin)
        guard !bpin.isEmpty else { return [] }
        return byBPIN[bpin] ?? []
    }

    /// The figures of a set of project rows: each BP code once, each contract once.
    func figures<C: Collection>(of rows: C) -> ContractFigures where C.Element == Project {
        var modified: Int64? = nil
        var positions: [Int] = []
        var seenContracts = Set<Int>()
        var seenBP = Set<String>()
        var withContracts = 0
        for row in rows {
            if let amount = row.budget.modified { modified = (modified ?? 0) + amount }
            guard seenBP.insert(row.bp).inserted else { continue }
            let bpin = Self.key(row.bpin)
            let found = bpin.isEmpty ? [] : byBPIN[bpin] ?? []
            if !found.isEmpty { withContracts += 1 }
            for position in found where seenContracts.insert(position).inserted { positions.append(position) }
        }
        return ContractFigures(contracts: positions.map { contracts[$0] }, projectsWithContracts: withContracts, modified: modified)
    }

    /// A Cuadro 1S BPIN as contracts write it (digits only): "2024760010001.0" or one with spaces
    /// joins the same contracts; most are already plain digits and are taken as they are.
    static func key(_ bpin: String) -> String {
        if let first = bpin.utf8.first, first != UInt8(ascii: "0"), bpin.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return bpin }
        return ContractValues.bpin(bpin).value ?? ""
    }
}
