/// The contracts of a set of projects (one project's, a territory's, an agency's, the city's):
/// how many, how much was contracted and paid, and who the suppliers are. Computed once in the
/// model; the pages format them and the datasets publish them.
///
/// A contract counts once in a set even when it reaches several of its projects (one BPIN in
/// several territories' rows, or several BP codes).
public struct ContractFigures: Sendable, Hashable {
    /// Distinct contracts.
    public var contracts: Int
    /// Distinct BP codes of the set that have at least one contract.
    public var projectsWithContracts: Int
    /// Sum of the contracted values that are known, in whole pesos.
    public var contracted: Int64
    /// Sum of the paid values that are known, in whole pesos.
    public var paid: Int64
    /// Contracts whose source gives no value (purchase orders from the contracts-by-project list).
    public var withoutValue: Int
    /// The contracted value over the projects' modified budget, 0–100; nil when that budget is
    /// unknown or not above zero.
    public var shareOfModified: Double?
    /// Suppliers by contracted value, largest first (then by name).
    public var suppliers: [SupplierFigures]

    public static let empty = ContractFigures(contracts: [], projectsWithContracts: 0, modified: nil)

    /// - Parameters:
    ///   - contracts: the set's distinct contracts.
    ///   - modified: the modified budget of the set's projects (each project once, all its rows).
    init(contracts: [Contract], projectsWithContracts: Int, modified: Int64?) {
        self.contracts = contracts.count
        self.projectsWithContracts = projectsWithContracts
        contracted = contracts.reduce(0) { $0 + ($1.value ?? 0) }
        paid = contracts.reduce(0) { $0 + ($1.paid ?? 0) }
        withoutValue = contracts.count { $0.value == nil }
        if let modified, modified > 0, !contracts.isEmpty {
            shareOfModified = Double(contracted) / Double(modified) * 100
        } else {
            shareOfModified = nil
        }
        suppliers = SupplierFigures.ranked(contracts)
    }
}

/// A supplier's contracts within a set.
public struct SupplierFigures: Sendable, Hashable {
    public var supplier: Supplier
    public var contracts: Int
    /// Sum of the known contracted values, in whole pesos.
    public var contracted: Int64

    /// The suppliers of `contracts`, largest contracted value first, then by name.
    static func ranked(_ contracts: [Contract]) -> [SupplierFigures] {
        var order: [String] = []
        var byKey: [String: SupplierFigures] = [:]
        for contract in contracts {
            guard let supplier = contract.supplier else { continue }
            let key = supplier.key
            if byKey[key] == nil {
                order.append(key)
                byKey[key] = SupplierFigures(supplier: supplier, contracts: 0, contracted: 0)
            }
            byKey[key]!.contracts += 1
            byKey[key]!.contracted += contract.value ?? 0
        }
        return order.map { byKey[$0]! }.sorted { a, b in
            a.contracted != b.contracted ? a.contracted > b.contracted
                : (a.supplier.name, a.supplier.nit ?? "") < (b.supplier.name, b.supplier.nit ?? "")
        }
    }
}
