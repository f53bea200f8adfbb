/// The `contratos` table (one row per contract and project of the latest cut) and the contract
/// figures added to `proyectos` and `resumen`, all read from the model's contract join.
public enum ContractTables {
    public static let columns: [Column] = [
        Column("bp", .string, title: "Código BP", description: "Código BP del proyecto del último corte del Cuadro 1S que financia el contrato; vacío en el conjunto de toda la ciudad para los contratos que no se cruzan con ningún proyecto de ese corte."),
        Column("bpin", .string, title: "Código BPIN", description: "Código BPIN por el que el contrato se cruza con el proyecto; sin proyecto, los BPIN que cita el contrato separados por punto y coma."),
        Column("id_contrato", .string, title: "Identificador del contrato", description: "Identificador del contrato en SECOP II o de la orden de compra en la Tienda Virtual del Estado.", required: true),
        Column("referencia", .string, title: "Referencia", description: "Referencia del contrato asignada por la entidad."),
        Column("proceso", .string, title: "Proceso de compra", description: "Identificador del proceso de compra en SECOP II."),
        Column("estado", .string, title: "Estado", description: "Estado del contrato tal como lo publica la fuente."),
        Column("tipo", .string, title: "Tipo de contrato", description: "Tipo de contrato (prestación de servicios, obra, suministro…)."),
        Column("modalidad", .string, title: "Modalidad de contratación", description: "Modalidad de contratación (licitación pública, contratación directa, mínima cuantía…)."),
        Column("objeto", .string, title: "Objeto", description: "Objeto del contrato: lo que se contrata."),
        Column("proveedor", .string, title: "Proveedor", description: "Nombre del proveedor o contratista."),
        Column("proveedor_nit", .string, title: "NIT del proveedor", description: "NIT del proveedor cuando es una persona jurídica; vacío para personas naturales, cuyo documento no se publica."),
        Column("valor", .integer, title: "Valor del contrato", description: "Valor del contrato, en pesos colombianos.", unit: "COP"),
        Column("valor_pagado", .integer, title: "Valor pagado", description: "Valor pagado del contrato, en pesos colombianos.", unit: "COP"),
        Column("fecha_firma", .date, title: "Fecha de firma", description: "Fecha de firma del contrato (ISO 8601)."),
        Column("fecha_inicio", .date, title: "Fecha de inicio", description: "Fecha de inicio del contrato (ISO 8601)."),
        Column("fecha_fin", .date, title: "Fecha de fin", description: "Fecha de fin del contrato (ISO 8601)."),
        Column("url", .string, title: "Dirección del proceso", description: "Página pública del proceso o de la orden de compra."),
    ]

    /// The figures of a project's, territory's or agency's contracts, as columns of `proyectos` and `resumen`.
    static let figureColumns: [Column] = [
        Column("contratos", .integer, title: "Contratos", description: "Número de contratos distintos cruzados por BPIN con los proyectos de la fila; vacío si el sitio no publica contratos."),
        Column("valor_contratado", .integer, title: "Valor contratado", description: "Suma de los valores conocidos de esos contratos, en pesos.", unit: "COP"),
        Column("valor_pagado_contratos", .integer, title: "Valor pagado de los contratos", description: "Suma de los valores pagados conocidos de esos contratos, en pesos.", unit: "COP"),
        Column("parte_contratada", .number, title: "Parte contratada", description: "Valor contratado sobre el presupuesto modificado de los proyectos (todos sus territorios), de 0 a 100 redondeado a dos decimales; vacío sin contratos o sin presupuesto modificado.", unit: "%"),
    ]

    /// The figure cells; all empty when the site has no contracts at all.
    static func figureCells(_ figures: ContractFigures, published: Bool) -> [Cell] {
        guard published else { return [.empty, .empty, .empty, .empty] }
        return [.int(figures.contracts), .int64(figures.contracted), .int64(figures.paid),
                .num(figures.shareOfModified.map { ($0 * 100).rounded() / 100 })]
    }

    /// The `contratos` row of `contract` under the project `bp` (empty when it joins none).
    static func row(_ contract: Contract, bp: String, bpin: String) -> [Cell] {
        [
            .str(bp), .str(bpin.isEmpty && bp.isEmpty ? contract.bpins.joined(separator: ";") : bpin),
            .str(contract.id), .str(contract.reference), .str(contract.process), .str(contract.status), .str(contract.type),
            .str(contract.modality), .str(contract.object), .str(contract.supplier?.name ?? ""), .str(contract.supplier?.nit ?? ""),
            .int64(contract.value), .int64(contract.paid), .day(contract.signed), .day(contract.start), .day(contract.end),
            .str(contract.url ?? ""),
        ]
    }

    /// Each distinct BP code of `projects` once, in their order, with its BPIN.
    static func distinctProjects(_ projects: [Project]) -> [(bp: String, bpin: String)] {
        var seen = Set<String>()
        return projects.filter { seen.insert($0.bp).inserted }.map { ($0.bp, $0.bpin) }
    }

    /// Where each row of a `contratos` table comes from: a project (an index in its list of
    /// distinct projects; -1 for a contract that joins none) and the contract's position in
    /// `CityData.contracts`.
    private typealias Place = (project: Int32, contract: Int32)

    /// The places of the contracts of `projects`: per project (in their order), newest first.
    private static func places(_ projects: [(bp: String, bpin: String)], data: CityData) -> [Place] {
        var places: [Place] = []
        for (index, project) in projects.enumerated() {
            for position in data.contractIndex.positions(bpin: project.bpin) { places.append((Int32(index), Int32(position))) }
        }
        return places
    }

    /// Rows made from the model whenever a writer reads them, like `proyectos`: the cells of
    /// 80,000 contracts in every territory's table and the city's would be held for the whole build.
    private static func table(_ places: [Place], projects: [(bp: String, bpin: String)], data: CityData) -> Table {
        let contracts = data.contracts
        return Table(columns: columns, rows: TableRows(count: places.count) { row in
            let place = places[row]
            let contract = contracts[Int(place.contract)]
            guard place.project >= 0 else { return Self.row(contract, bp: "", bpin: "") }
            let project = projects[Int(place.project)]
            return Self.row(contract, bp: project.bp, bpin: project.bpin)
        })
    }

    /// The `contratos` datasets: one per territory (the contracts of its projects) and one for the
    /// city (those rows, then every contract that joins no project of the latest cut, with an
    /// empty `bp`, in source order). Empty tables, with their columns, when there are no contracts.
    static func datasets(for data: CityData) -> [Dataset] {
        let cut = data.latest?.cut
        let territorial = data.territories.territories.map { territory in
            let projects = distinctProjects(data.projects(in: territory.code))
            return Dataset(kind: .contratos, scope: .territory(territory),
                           table: table(places(projects, data: data), projects: projects, data: data), cut: cut)
        }
        let projects = distinctProjects(data.projects)
        var cityPlaces = places(projects, data: data)
        let joined = Set(cityPlaces.map(\.contract))
        for position in data.contracts.indices where !joined.contains(Int32(position)) { cityPlaces.append((-1, Int32(position))) }
        return territorial + [Dataset(kind: .contratos, scope: .wholeCity, table: table(cityPlaces, projects: projects, data: data), cut: cut)]
    }

    /// The contract figures of an agency's projects with a row in a territory (nil: the whole
    /// city), each project with all its rows so its share is against its whole modified budget.
    static func figures(_ data: CityData, territory code: Int?, agency: String) -> ContractFigures {
        guard let code else { return data.contractFigures(agency: agency) }
        return data.contractFigures(agency: agency, territory: code)
    }
}
