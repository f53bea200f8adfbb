/// The type of a dataset column, as Frictionless Table Schema names it.
public enum ColumnType: String, Sendable, Codable {
    case string
    case integer
    case number
    case date
}

/// A column of a published table: stable snake_case name, type, unit and a Spanish description for
/// the data dictionary.
public struct Column: Sendable, Hashable {
    public var name: String
    public var type: ColumnType
    public var title: String
    public var description: String
    public var unit: String?
    public var required: Bool

    /// The `bp` column: the project's code in the municipality's bank of projects.
    public static func bankCode(municipality: String) -> Column {
        Column("bp", .string, title: "Código BP", description: "Código del proyecto en el Banco de Proyectos de \(municipality).", required: true)
    }

    public init(_ name: String, _ type: ColumnType, title: String, description: String, unit: String? = nil, required: Bool = false) {
        self.name = name
        self.type = type
        self.title = title
        self.description = description
        self.unit = unit
        self.required = required
    }
}

/// One typed cell. Empty cells are written as an empty CSV field and `null` in JSON.
public enum Cell: Sendable, Hashable {
    case text(String)
    case integer(Int64)
    case number(Double)
    case date(LocalDate)
    case empty

    public static func int(_ value: Int?) -> Cell { value.map { .integer(Int64($0)) } ?? .empty }
    public static func int64(_ value: Int64?) -> Cell { value.map { .integer($0) } ?? .empty }
    public static func num(_ value: Double?) -> Cell { value.map { .number($0) } ?? .empty }
    public static func day(_ value: LocalDate?) -> Cell { value.map { .date($0) } ?? .empty }
    public static func str(_ value: String) -> Cell { value.isEmpty ? .empty : .text(value) }
}

/// A table ready to be written as CSV, JSON or a spreadsheet: columns and rows of cells in order.
public struct Table: Sendable {
    public var columns: [Column]
    public var rows: TableRows

    public init(columns: [Column], rows: [[Cell]]) {
        self.columns = columns
        self.rows = TableRows(rows)
    }

    public init(columns: [Column], rows: TableRows) {
        self.columns = columns
        self.rows = rows
    }
}

/// Canonical text of numbers in every dataset: '.' decimal, no exponent, no trailing zeros.
public enum NumberText {
    public static func format(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        // A value with at most six decimals (percentages, shares) is written from integers: the
        // same text as "%.6f" trimmed, without Foundation's formatter (every dataset cell passes here).
        let scaled = value * 1_000_000
        if scaled == scaled.rounded() && abs(scaled) < 9e15 {
            let micro = Int64(scaled)
            var fraction = abs(micro) % 1_000_000
            var digits = 6
            while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
            let text = String(fraction)
            return (micro < 0 ? "-" : "") + String(abs(micro) / 1_000_000) + "." + String(repeating: "0", count: digits - text.count) + text
        }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
