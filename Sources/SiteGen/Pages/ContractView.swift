import Foundation
import OpenData

/// One contract as the pages show it: every field formatted, and the link to its public page
/// with the kind of page it is (a SECOP II process or a Tienda Virtual del Estado order).
struct ContractView {
    var reference: String
    /// The contract's id when the reference is not it (empty otherwise).
    var id: String
    var object: String
    var supplier: String
    /// The supplier's NIT; empty for a natural person or when unknown.
    var nit: String
    /// Type and modality joined ("Obra · Licitación pública"); empty when both are unknown.
    var kind: String
    var status: String
    var value: String
    var paid: String
    var signed: String
    var end: String
    /// Which of the four the source gives (the theme words a missing one).
    var hasValue: Bool
    var hasPaid: Bool
    var hasSigned: Bool
    var hasEnd: Bool
    var url: String
    /// True when `url` is a Tienda Virtual del Estado order (colombiacompra.gov.co).
    var tiendaVirtual: Bool
    /// The BPINs it names, or empty for none.
    var bpins: String
    var source: String

    init(_ contract: Contract) {
        reference = contract.displayReference
        id = contract.reference.isEmpty || contract.reference == contract.id ? "" : contract.id
        object = contract.object
        supplier = contract.supplier?.name ?? ""
        nit = contract.supplier?.nit ?? ""
        kind = [contract.type, contract.modality].filter { !$0.isEmpty }.joined(separator: " · ")
        status = contract.status
        value = SpanishFormat.money(contract.value)
        paid = SpanishFormat.money(contract.paid)
        signed = SpanishFormat.date(contract.signed)
        end = SpanishFormat.date(contract.end)
        hasValue = contract.value != nil
        hasPaid = contract.paid != nil
        hasSigned = contract.signed != nil
        hasEnd = contract.end != nil
        url = contract.url ?? ""
        tiendaVirtual = Self.isTiendaVirtual(contract.url)
        bpins = contract.bpins.joined(separator: ", ")
        source = SourceReference.file(contract.source.file)
    }

    /// Tienda Virtual orders live on colombiacompra.gov.co; SECOP II processes on secop.gov.co.
    static func isTiendaVirtual(_ url: String?) -> Bool {
        guard let host = url.flatMap({ URL(string: $0)?.host?.lowercased() }) else { return false }
        return host == "colombiacompra.gov.co" || host.hasSuffix(".colombiacompra.gov.co")
    }
}

/// The "Contratos" section of a project's ficha: its contracts newest first and their totals
/// against the project's modified budget. Absent (nil on the page) when the site has no contracts.
struct ProjectContracts {
    var items: [ContractView]
    var hasContracts: Bool
    var count: String
    /// One contract (the wording is singular).
    var single: Bool
    var contracted: String
    var paid: String
    var modified: String
    /// Contracted over modified budget ("12,5 %"), "—" when the budget is unknown.
    var share: String
    var shareValue: Int
    /// How many contracts have no published value (not in the contracted total).
    var withoutValue: String
    var hasWithoutValue: Bool
    /// One contract without a value (the wording is singular).
    var oneWithoutValue: Bool
    var qualityHref: String

    /// - Parameters:
    ///   - figures: the model's figures of the project when the ficha is of the latest cut, nil
    ///     when it shows an older cut (the totals are then summed here against `budget`).
    init(bpin: String, budget: Budget, figures: ContractFigures?, data: CityData, from path: String) {
        let contracts = data.contracts(bpin: bpin)
        items = contracts.map(ContractView.init)
        hasContracts = !contracts.isEmpty
        let contracted = figures?.contracted ?? contracts.reduce(0) { $0 + ($1.value ?? 0) }
        let share: Double? = if let figures { figures.shareOfModified } else if let modified = budget.modified, modified > 0, hasContracts {
            Double(contracted) / Double(modified) * 100
        } else {
            nil
        }
        let count = figures?.contracts ?? contracts.count
        self.count = SpanishFormat.integer(count)
        single = count == 1
        self.contracted = SpanishFormat.money(contracted)
        paid = SpanishFormat.money(figures?.paid ?? contracts.reduce(0) { $0 + ($1.paid ?? 0) })
        modified = SpanishFormat.money(budget.modified)
        self.share = SpanishFormat.percent(share)
        shareValue = Int((share ?? 0).rounded()).clamped(to: 0...100)
        let withoutValue = figures?.withoutValue ?? contracts.count { $0.value == nil }
        self.withoutValue = SpanishFormat.integer(withoutValue)
        hasWithoutValue = withoutValue > 0
        oneWithoutValue = withoutValue == 1
        qualityHref = PageContext.href(from: path, to: QualityPage.path) + "#contratos-sin-proyecto"
    }
}

/// The contracts of a territory's or an agency's projects: how many projects have contracts,
/// the contracted value and the five largest suppliers. Absent when the site has no contracts.
struct ContractSummary {
    struct SupplierLine {
        var name: String
        var nit: String
        var contracts: Int
        /// One contract (the wording is singular).
        var single: Bool
        var contracted: String
    }

    var projects: String
    var contracts: String
    /// One project, one contract (the wording is singular).
    var singleProject: Bool
    var singleContract: Bool
    var contracted: String
    var paid: String
    var hasContracts: Bool
    var suppliers: [SupplierLine]
    var supplierCount: String
    /// True when there are more suppliers than the `shown` listed.
    var moreSuppliers: Bool
    var shown = Self.shownSuppliers
    /// On a territory's page, the contracts of the projects reported for the whole city (the
    /// aggregate "toda la ciudad"), which may work in the territory too; nil when there are none.
    var cityWide: CityWideContracts?

    /// The whole city's contracts, linked from a territory's summary.
    struct CityWideContracts {
        var href: String
        var projects: String
        var contracts: String
        var singleProject: Bool
    }

    static let shownSuppliers = 5

    init(_ figures: ContractFigures) {
        projects = SpanishFormat.integer(figures.projectsWithContracts)
        contracts = SpanishFormat.integer(figures.contracts)
        singleProject = figures.projectsWithContracts == 1
        singleContract = figures.contracts == 1
        contracted = SpanishFormat.money(figures.contracted)
        paid = SpanishFormat.money(figures.paid)
        hasContracts = figures.contracts > 0
        suppliers = figures.suppliers.prefix(Self.shownSuppliers).map {
            SupplierLine(name: $0.supplier.name, nit: $0.supplier.nit ?? "", contracts: $0.contracts, single: $0.contracts == 1,
                         contracted: SpanishFormat.money($0.contracted))
        }
        supplierCount = SpanishFormat.integer(figures.suppliers.count)
        moreSuppliers = figures.suppliers.count > Self.shownSuppliers
    }
}

/// "Contratos sin proyecto en el Cuadro 1S" on the data-quality page: the contracts whose BPIN
/// is in no cut, or that name none.
struct UnmatchedContracts {
    var count: String
    var hasAny: Bool
    var items: [ContractView]

    init(_ data: CityData) {
        let contracts = data.contractsWithoutProject
        count = SpanishFormat.integer(contracts.count)
        hasAny = !contracts.isEmpty
        items = contracts.map(ContractView.init)
    }
}
