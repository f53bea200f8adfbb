/// The `territorios` table: every territory with its code, the target of the projects' foreign key,
/// and the other names the sources use for it.
public enum TerritoryTable {
    public static let columns: [Column] = [
        Column("codigo", .integer, title: "Código", description: "Código del territorio: comuna (1 a 22), corregimiento (51 a 65), 99 para toda la ciudad u otro código para un agregado.", required: true),
        Column("tipo", .string, title: "Tipo", description: "comuna, corregimiento, ciudad o agregado (un área que agrupa territorios, como la zona rural).", required: true),
        Column("nombre", .string, title: "Nombre", description: "Nombre del territorio: comuna, corregimiento, agrupación de territorios o toda la ciudad.", required: true),
        Column("slug", .string, title: "Identificador en la web", description: "Segmento de las direcciones web del territorio (comuna-01, pance…).", required: true),
        Column("alias", .string, title: "Otros nombres", description: "Otros nombres con que las fuentes escriben el territorio, separados por punto y coma.", required: false),
    ]

    public static func table(_ territories: TerritoryCatalog) -> Table {
        Table(columns: columns, rows: territories.territories.map { territory in
            [.int(territory.code), .str(territory.kind.rawValue), .str(territory.name), .str(territory.slug),
             .str(territory.aliases.joined(separator: ";"))]
        })
    }

    /// Site path of the table without extension.
    public static let basePath = "datos/territorios"
}
