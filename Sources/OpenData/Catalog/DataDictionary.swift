/// The data dictionary of a table, one entry per column, for the landing pages and the spreadsheets'
/// "Diccionario" sheet: name, Spanish title and type, unit, description and an example value.
public struct DataDictionaryEntry: Sendable, Hashable {
    public var name: String
    public var title: String
    public var type: String
    public var unit: String
    public var description: String
    public var example: String

    public static func entries(columns: [Column], example: [Cell]) -> [DataDictionaryEntry] {
        columns.enumerated().map { index, column in
            DataDictionaryEntry(name: column.name, title: column.title, type: typeName(column.type), unit: column.unit ?? "",
                                description: column.description,
                                example: index < example.count ? CSVWriter.text(of: example[index]) : "")
        }
    }

    /// Spanish name of a column type.
    public static func typeName(_ type: ColumnType) -> String {
        switch type {
        case .string: return "texto"
        case .integer: return "número entero"
        case .number: return "número decimal"
        case .date: return "fecha (AAAA-MM-DD)"
        }
    }
}
