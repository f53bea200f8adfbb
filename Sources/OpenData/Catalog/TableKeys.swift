/// The keys of each dataset kind's table: its primary key and the foreign keys that tie activities
/// to their projects and projects to the territories table. Kinds without declared keys get none.
public enum TableKeys {
    public static func primaryKey(_ kind: DatasetKind) -> [String] {
        if kind == .proyectos { return ["bp", "codigo_territorio"] }
        if kind == .historico { return ["corte", "bp", "codigo_territorio"] }
        // The same activity code may stand on several source rows with different data (all are kept).
        if kind == .actividades { return ["codigo_actividad", "codigo_territorio", "fila_fuente"] }
        return []
    }

    public static func foreignKeys(_ kind: DatasetKind) -> [ForeignKey] {
        if kind == .proyectos || kind == .historico {
            return [ForeignKey(fields: ["codigo_territorio"], reference: nil, referenceFields: ["codigo"])]
        }
        // An empty `bp` (a contract without a project, in the city's table) references nothing.
        if kind == .contratos { return [ForeignKey(fields: ["bp"], reference: .proyectos, referenceFields: ["bp"])] }
        if kind == .actividades {
            return [ForeignKey(fields: ["bp", "codigo_territorio"], reference: .proyectos, referenceFields: ["bp", "codigo_territorio"])]
        }
        return []
    }
}
