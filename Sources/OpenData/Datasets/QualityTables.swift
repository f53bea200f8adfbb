/// The `calidad` dataset: every problem the build found in the sources (the warnings that were
/// published with the value left empty), with where it is, who reported the data and what is wrong,
/// in Spanish. Written to `datos/ciudad-completa/calidad.csv|json`.
public enum QualityTables {
    public static let basePath = "datos/\(DatasetScope.wholeCity.folder)/\(DatasetKind.calidad.rawValue)"

    public static let columns: [Column] = [
        Column("archivo", .string, title: "Archivo", description: "Archivo fuente, relativo a la carpeta de contenido.", required: true),
        Column("linea", .integer, title: "Línea", description: "Línea del archivo (fila de la hoja en un libro de Excel); vacía si el problema es de todo el archivo."),
        Column("columna", .integer, title: "Columna", description: "Columna (número de campo o de celda, A = 1); vacía si el problema es de toda la fila o el archivo."),
        Column("severidad", .string, title: "Severidad", description: "advertencia: se publicó con el valor vacío; error: impide publicar."),
        Column("organismo_codigo", .string, title: "Código del organismo", description: "Código del centro gestor que reportó el dato, cuando se conoce."),
        Column("organismo", .string, title: "Organismo", description: "Nombre del organismo que reportó el dato, cuando se conoce."),
        Column("mensaje", .string, title: "Problema", description: "Qué está mal en la fuente."),
        Column("mensaje_original", .string, title: "Mensaje original", description: "El mismo problema como lo imprime sitegen (en inglés)."),
    ]

    /// `agencies`: agency code → name, for the agency column.
    public static func table(_ diagnostics: Diagnostics, agencies: [String: String]) -> Table {
        let rows: [[Cell]] = diagnostics.sorted.map { item in
            let code = item.agencyCode ?? ""
            return [
                .str(contentRelative(item.location.file)), .int(item.location.line > 0 ? item.location.line : nil),
                .int(item.location.column > 0 ? item.location.column : nil),
                .str(item.severity == .warning ? "advertencia" : "error"),
                .str(code), .str(agencies[code] ?? ""), .str(item.problem.spanish), .str(item.message),
            ]
        }
        return Table(columns: columns, rows: rows)
    }

    /// The city-wide `calidad` dataset of a build's diagnostics, dated by the latest cut.
    public static func dataset(_ diagnostics: Diagnostics, data: CityData) -> Dataset {
        Dataset(kind: .calidad, scope: .wholeCity, table: table(diagnostics, agencies: agencyNames(data)), cut: data.latest?.cut)
    }

    /// A source path as readers know it: without the content folder's own name
    /// (`content/informes-1s/2025-T1.csv` → `informes-1s/2025-T1.csv`).
    public static func contentRelative(_ file: String) -> String {
        guard let slash = file.firstIndex(of: "/"), !file.hasPrefix("/") else { return file }
        return String(file[file.index(after: slash)...])
    }

    /// Agency names known from the data: the Cuadro 1S cuts and the budget execution exports.
    public static func agencyNames(_ data: CityData) -> [String: String] {
        var names: [String: String] = [:]
        for execution in data.executions {
            for line in execution.lines where !line.agency.name.isEmpty { names[line.agency.code] = line.agency.name }
        }
        for report in data.reports {
            for project in report.projects where !project.agency.name.isEmpty { names[project.agency.code] = project.agency.name }
        }
        return names
    }
}
