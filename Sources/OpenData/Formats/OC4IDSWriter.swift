import Foundation

/// `datos/oc4ids.json`: the latest cut's projects as one OC4IDS 0.9 project package, one project
/// per BP code with its budget, period, territories, agency, suppliers and contracting processes.
public enum OC4IDSWriter {
    public static let path = "datos/oc4ids.json"
    /// The distribution's format name in the catalog.
    public static let format = "OC4IDS"
    /// The schema the package conforms to.
    public static let schemaURL = "https://standard.open-contracting.org/infrastructure/0.9/en/_static/project-package-schema.json"

    /// The package's bytes: deterministic, projects by BP code. `boxes` are the territories'
    /// bounding boxes by slug (where a geometry is known).
    public static func write(_ data: CityData, info: CatalogInfo, boxes: [String: BoundingBox]) -> [UInt8] {
        let published = info.date ?? data.latest?.cut.periodEnd
        var usedIDs = Set<String>()
        let codes = Codes(data.contracts)
        var seen = Set<String>()
        let bps = data.projects.filter { seen.insert($0.bp).inserted }.map(\.bp).sorted()
        let projects: [JSONValue] = bps.map { bp in
            let rows = data.project(bp: bp)
            let id = usedIDs.insert(rows[0].bpin).inserted && !rows[0].bpin.isEmpty ? rows[0].bpin : bp
            usedIDs.insert(id)
            return project(id: id, rows: rows, contracts: data.contracts(bp: bp), codes: codes, territories: data.territories,
                           boxes: boxes)
        }
        return JSONValue.fields([
            ("uri", .string(info.url(path))),
            ("version", .string("0.9")),
            ("publishedDate", published.map { .string(dateTime($0)) }),
            ("publisher", .fields([("name", .string(info.publisherName)), ("uri", .string(info.publisherURL))])),
            ("license", .string(info.licenseURL)),
            ("projects", .array(projects)),
        ]).bytes
    }

    static func dateTime(_ date: LocalDate) -> String { date.iso + "T00:00:00Z" }

    static func money(_ amount: Int64?) -> JSONValue? {
        amount.map { .fields([("amount", .integer($0)), ("currency", .string("COP"))]) }
    }

    static func period(_ start: LocalDate?, _ end: LocalDate?) -> JSONValue? {
        guard start != nil || end != nil else { return nil }
        return .fields([("startDate", start.map { .string(dateTime($0)) }), ("endDate", end.map { .string(dateTime($0)) })])
    }

    static func agencyID(_ agency: Agency) -> String { "organismo-" + agency.code }

    static func supplierID(_ supplier: Supplier) -> String {
        supplier.nit.map { "nit-" + $0 } ?? "proveedor-" + supplier.name.uppercased()
    }

    /// One project from its rows (one per territory) in the latest cut and its contracts.
    static func project(id: String, rows: [Project], contracts: [Contract], codes: Codes, territories: TerritoryCatalog,
                        boxes: [String: BoundingBox]) -> JSONValue {
        let first = rows[0]
        let modified = rows.compactMap(\.budget.modified)
        let progress = rows.compactMap(\.physicalProgress).max()
        let locations: [JSONValue] = rows.map(\.territoryCode).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }.sorted().map { code in
            let territory = territories[code]
            let box = territory.flatMap { boxes[$0.slug] }
            return .fields([
                ("id", .string(String(code))),
                ("description", .string(territory?.name ?? String(code))),
                ("geometry", box.map(polygon)),
            ])
        }
        var suppliers: [String: Supplier] = [:]
        for contract in contracts { if let supplier = contract.supplier { suppliers[supplierID(supplier)] = supplier } }
        let parties: [JSONValue] = [.fields([
            ("id", .string(agencyID(first.agency))), ("name", .string(first.agency.name)),
            ("roles", .array([.string("publicAuthority")])),
        ])] + suppliers.sorted { $0.key < $1.key }.map { key, supplier in
            .fields([
                ("id", .string(key)), ("name", .string(supplier.name)),
                ("identifier", supplier.nit.map { .fields([("scheme", .string("CO-RUE")), ("id", .string($0))]) }),
                ("roles", .array([.string("supplier")])),
            ])
        }
        return JSONValue.fields([
            ("id", .string(id)),
            ("identifiers", .array([.fields([("id", .string(first.bp)), ("scheme", .string("BP"))])])),
            ("title", .string(first.name)),
            ("status", progress.map { .string($0 >= 100 ? "completion" : "implementation") }),
            ("publicAuthority", .fields([("id", .string(agencyID(first.agency))), ("name", .string(first.agency.name))])),
            ("budget", modified.isEmpty ? nil : .fields([("amount", money(modified.reduce(0, +)))])),
            ("period", period(rows.compactMap(\.start).min(), rows.compactMap(\.end).max())),
            ("locations", .array(locations)),
            ("parties", .array(parties)),
            ("contractingProcesses", contracts.isEmpty ? nil : .array(contracts.sorted { $0.id < $1.id }.map { process($0, codes: codes) })),
        ])
    }

    static func polygon(_ box: BoundingBox) -> JSONValue {
        let corners = [(box.west, box.south), (box.east, box.south), (box.east, box.north), (box.west, box.north), (box.west, box.south)]
        return .fields([
            ("type", .string("Polygon")),
            ("coordinates", .array([.array(corners.map { .array([.number($0.0), .number($0.1)]) })])),
        ])
    }

    /// The OCDS codes of every distinct status, type and modality of the contracts, worked out
    /// once: a few dozen texts among tens of thousands of contracts. A text not seen here is
    /// worked out when asked.
    struct Codes {
        private var statuses: [String: String?] = [:]
        private var natures: [String: String?] = [:]
        private var methods: [String: String?] = [:]

        init(_ contracts: [Contract]) {
            for contract in contracts {
                if statuses[contract.status] == nil { statuses[contract.status] = OC4IDSWriter.status(contract.status) }
                if natures[contract.type] == nil { natures[contract.type] = OC4IDSWriter.nature(contract.type) }
                if methods[contract.modality] == nil { methods[contract.modality] = OC4IDSWriter.procurementMethod(contract.modality) }
            }
        }

        func status(_ text: String) -> String? { statuses[text] ?? OC4IDSWriter.status(text) }
        func nature(_ text: String) -> String? { natures[text] ?? OC4IDSWriter.nature(text) }
        func method(_ text: String) -> String? { methods[text] ?? OC4IDSWriter.procurementMethod(text) }
    }

    static func process(_ contract: Contract, codes: Codes) -> JSONValue {
        let tender: JSONValue? = contract.modality.isEmpty ? nil : .fields([
            ("procurementMethod", codes.method(contract.modality).map { .string($0) }),
            ("procurementMethodDetails", .string(contract.modality)),
        ])
        return .fields([
            ("id", .string(contract.id)),
            ("summary", .fields([
                ("externalReference", .string(contract.process.isEmpty ? contract.id : contract.process)),
                ("title", .string(contract.displayReference)),
                ("description", .string(contract.object)),
                ("status", codes.status(contract.status).map { .string($0) }),
                ("nature", codes.nature(contract.type).map { .array([.string($0)]) }),
                ("tender", tender),
                ("suppliers", contract.supplier.map { .array([.fields([("id", .string(supplierID($0))), ("name", .string($0.name))])]) }),
                ("contractValue", money(contract.value)),
                ("contractPeriod", period(contract.start, contract.end)),
            ])),
        ])
    }

    static func folded(_ text: String) -> String {
        text.lowercased().folding(options: .diacriticInsensitive, locale: nil)
    }

    /// contractingProcessStatus: a signed contract is `active` until it ends (`closed`).
    static func status(_ status: String) -> String? {
        let text = folded(status)
        if text.isEmpty { return nil }
        if ["termin", "liquid", "cerrad", "cancel", "cedido"].contains(where: { text.contains($0) }) { return "closed" }
        if ["borrador", "convocad", "publicad", "evaluac"].contains(where: { text.contains($0) }) { return "pre-award" }
        return "active"
    }

    /// contractNature from the contract type: works, consultancy or supervision; nil otherwise.
    static func nature(_ type: String) -> String? {
        let text = folded(type)
        if text.contains("interventor") { return "supervision" }
        if text.contains("obra") { return "construction" }
        if text.contains("consultor") || text.contains("diseno") || text.contains("estudio") { return "design" }
        return nil
    }

    /// OCDS method from the Colombian modality: public calls (licitación, mínima cuantía) are
    /// `open`; selección abreviada, concurso de méritos and framework agreements pre-select
    /// (`selective`); direct contracting and the special regime are `direct`.
    static func procurementMethod(_ modality: String) -> String? {
        let text = folded(modality)
        if text.contains("licitacion") || text.contains("minima cuantia") { return "open" }
        if text.contains("seleccion") || text.contains("concurso") || text.contains("acuerdo marco") { return "selective" }
        if text.contains("directa") || text.contains("regimen especial") { return "direct" }
        return nil
    }
}
