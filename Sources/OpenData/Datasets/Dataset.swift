/// The kinds of dataset published per territory and for the city.
public enum DatasetKind: String, Sendable, CaseIterable, Codable {
    case proyectos
    case actividades
    /// Every project in every Cuadro 1S cut, across vigencias.
    case historico
    case acciones
    case problemas
    case ejecucion
    /// The warnings found in the sources; city-wide only.
    case calidad
    /// The figures of a territory's dashboard, in total and by agency, in the latest cut.
    case resumen
    /// Public contracts joined to the latest cut's projects by BPIN.
    case contratos

    public var title: String {
        switch self {
        case .proyectos: return "Proyectos de inversión"
        case .actividades: return "Actividades de los proyectos"
        case .historico: return "Histórico de los proyectos por corte"
        case .acciones: return "Acciones de los planes de participación"
        case .problemas: return "Problemas priorizados e inversión"
        case .ejecucion: return "Ejecución presupuestal"
        case .calidad: return "Calidad de los datos"
        case .resumen: return "Resumen de cifras"
        case .contratos: return "Contratos de los proyectos"
        }
    }

    /// Where the rows come from, for catalog descriptions.
    public var sourceDescription: String {
        switch self {
        case .proyectos, .actividades: return "según el informe de seguimiento al plan de acción Cuadro 1S"
        case .historico: return "según cada corte publicado del informe de seguimiento al plan de acción Cuadro 1S, una fila por proyecto y corte, en el"
        case .acciones: return "según los planes de acción de participación ciudadana de los organismos"
        case .problemas: return "según los diagnósticos participativos, cruzados con los proyectos del Cuadro 1S"
        case .ejecucion: return "según los informes de ejecución presupuestal, cruzados con el Cuadro 1S"
        case .calidad: return "con las advertencias que sitegen encontró en los archivos fuente al publicar el"
        case .contratos: return "con los contratos públicos (SECOP II y Tienda Virtual del Estado) cruzados por código BPIN con los proyectos del informe de seguimiento al plan de acción Cuadro 1S,"
        case .resumen: return "con las cifras del tablero del territorio (presupuesto por fase y su parte del total de la ciudad, avance físico ponderado por presupuesto modificado, avance financiero y proyectos por rango de avance), en total y por organismo, según el informe de seguimiento al plan de acción Cuadro 1S,"
        }
    }

    /// Whether the kind is published for each territory (all but the data-quality list).
    public var perTerritory: Bool { self != .calidad }
}

/// Where a dataset belongs: one territory, or the whole city (every territory together).
public enum DatasetScope: Sendable, Hashable {
    case territory(Territory)
    case wholeCity

    /// Folder under `datos/`: `territorios/<slug>` or `ciudad-completa`.
    public var folder: String {
        switch self {
        case .territory(let territory): return "territorios/\(territory.slug)"
        case .wholeCity: return "ciudad-completa"
        }
    }

    /// The territory's name, or the municipality's with "(todos los territorios)".
    public func name(municipality: String) -> String {
        switch self {
        case .territory(let territory): return territory.name
        case .wholeCity: return "\(municipality) (todos los territorios)"
        }
    }
}

/// The period a dataset covers, with a short label (`2025-T1`, `2025-03`).
public struct DatasetPeriod: Sendable, Hashable {
    public var start: LocalDate
    public var end: LocalDate
    public var label: String

    public init(start: LocalDate, end: LocalDate, label: String) {
        self.start = start
        self.end = end
        self.label = label
    }

    /// The quarter of a Cuadro 1S cut.
    public init(_ cut: ReportCut) {
        self.init(start: cut.periodStart, end: cut.periodEnd, label: cut.id)
    }
}

/// One published table in its formats, with the metadata the catalog needs.
public struct Dataset: Sendable {
    public var kind: DatasetKind
    public var scope: DatasetScope
    public var table: Table
    public var cut: ReportCut?
    /// The period the rows cover when it is not a Cuadro 1S quarter (plans, budget execution).
    public var explicitPeriod: DatasetPeriod?
    /// A Spanish caveat for the catalog description (e.g. a cut without territorial breakdown).
    public var note: String?

    public init(kind: DatasetKind, scope: DatasetScope, table: Table, cut: ReportCut?, period: DatasetPeriod? = nil) {
        self.kind = kind
        self.scope = scope
        self.table = table
        self.cut = cut
        self.explicitPeriod = period
    }

    /// The period the rows cover: the explicit one, else the cut's quarter.
    public var period: DatasetPeriod? { explicitPeriod ?? cut.map(DatasetPeriod.init) }

    /// Path of the dataset without extension, relative to the site root (`datos/territorios/pance/proyectos`).
    public var basePath: String { "datos/\(scope.folder)/\(kind.rawValue)" }
}

/// Builds every dataset of a city from its data: per territory and for the whole city.
public enum DatasetBuilder {
    /// - Parameter municipality: named in the column descriptions (site.yml `municipio`).
    public static func datasets(for data: CityData, municipality: String = CatalogInfo.defaultMunicipality) -> [Dataset] {
        let fallback = data.latest.map { DatasetPeriod($0.cut) }
        let bankCode = Column.bankCode(municipality: CatalogInfo.defaultMunicipality)
        let namedBankCode = Column.bankCode(municipality: municipality)
        return (reportDatasets(for: data) + HistoryTables.datasets(for: data) + executionDatasets(for: data) + ParticipationTables.datasets(for: data)
                + SummaryTables.datasets(for: data) + ContractTables.datasets(for: data)).map { dataset in
            // A table with no period of its own (e.g. no budget export yet) is dated by the latest cut.
            var dated = dataset
            if dated.period == nil { dated.explicitPeriod = fallback }
            if municipality != CatalogInfo.defaultMunicipality {
                dated.table.columns = dated.table.columns.map { $0 == bankCode ? namedBankCode : $0 }
            }
            return dated
        }
    }

    /// The `proyectos` and `actividades` datasets of the latest Cuadro 1S cut.
    static func reportDatasets(for data: CityData) -> [Dataset] {
        let kinds: [DatasetKind] = [.proyectos, .actividades]
        guard let report = data.latest else {
            return data.territories.territories.flatMap { territory in
                kinds.map { Dataset(kind: $0, scope: .territory(territory), table: emptyTable($0), cut: nil) }
            } + kinds.map { Dataset(kind: $0, scope: .wholeCity, table: emptyTable($0), cut: nil) }
        }
        // The rows are made from the model whenever a writer reads them, not held: at national scale
        // the cells of every territory's and the whole city's tables would be hundreds of megabytes.
        var indicesByTerritory: [Int: [Int]] = [:]
        for (index, project) in report.projects.enumerated() { indicesByTerritory[project.territoryCode, default: []].append(index) }
        let projectList = report.projects, cut = report.cut, territories = data.territories
        let published = !data.contracts.isEmpty
        var datasets: [Dataset] = []
        let note = report.territorialNote
        let scopes = data.territories.territories.map { DatasetScope.territory($0) } + [.wholeCity]
        for scope in scopes {
            let indices: [Int]
            switch scope {
            case .territory(let territory): indices = indicesByTerritory[territory.code] ?? []
            case .wholeCity: indices = Array(report.projects.indices)
            }
            let projectRows = TableRows(count: indices.count) { row in
                let project = projectList[indices[row]]
                return ProjectTables.projectRow(project, cut: cut, territories: territories)
                    + ContractTables.figureCells(data.contractFigures(bp: project.bp), published: published)
            }
            // Where each activity row comes from: its project's index and its own.
            var activityPlaces: [(project: Int32, activity: Int32)] = []
            activityPlaces.reserveCapacity(indices.reduce(0) { $0 + projectList[$1].activities.count })
            for index in indices {
                for activity in projectList[index].activities.indices { activityPlaces.append((Int32(index), Int32(activity))) }
            }
            let activityRows = TableRows(count: activityPlaces.count) { [activityPlaces] row in
                let place = activityPlaces[row]
                let project = projectList[Int(place.project)]
                return ProjectTables.activityRow(project.activities[Int(place.activity)], of: project, cut: cut, territories: territories)
            }
            var projects = Dataset(kind: .proyectos, scope: scope, table: Table(columns: ProjectTables.projectColumns, rows: projectRows),
                                   cut: report.cut)
            var activities = Dataset(kind: .actividades, scope: scope, table: Table(columns: ProjectTables.activityColumns, rows: activityRows),
                                     cut: report.cut)
            projects.note = note
            activities.note = note
            datasets += [projects, activities]
        }
        return datasets
    }

    static func emptyTable(_ kind: DatasetKind) -> Table {
        switch kind {
        case .proyectos: return Table(columns: ProjectTables.projectColumns, rows: [])
        case .actividades: return Table(columns: ProjectTables.activityColumns, rows: [])
        case .historico: return Table(columns: HistoryTables.columns, rows: [])
        case .acciones: return Table(columns: ParticipationTables.actionColumns, rows: [])
        case .problemas: return Table(columns: ParticipationTables.problemColumns, rows: [])
        case .ejecucion: return Table(columns: BudgetExecutionTables.columns, rows: [])
        case .calidad: return Table(columns: QualityTables.columns, rows: [])
        case .resumen: return Table(columns: SummaryTables.columns, rows: [])
        case .contratos: return Table(columns: ContractTables.columns, rows: [])
        }
    }
}
