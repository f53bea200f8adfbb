import OpenData

/// How the site names where a figure came from: the file relative to the content folder (never the
/// builder's own folder name, which terminal messages keep), and a place in it a reader can find:
/// "línea 3145" in a CSV, "hoja MEDE01.03.01.P01.F05, fila 1022" in a workbook, whose locations
/// carry the sheet as `file[Sheet]`.
enum SourceReference {
    /// The file without the content folder's name and without a sheet:
    /// `c/informes-1s/2025-T2.xlsx[Hoja]` → `informes-1s/2025-T2.xlsx`.
    static func file(_ displayPath: String) -> String {
        split(displayPath).file
    }

    /// The sheet of a workbook location (`file[Sheet]`), or nil.
    static func sheet(_ displayPath: String) -> String? {
        split(displayPath).sheet
    }

    /// "línea 3145", "hoja MEDE01.03.01.P01.F05, fila 1022" ("fila 1022" for a workbook location
    /// without its sheet), with ", columna 50" when `column`
    /// and the location has one; "todo el archivo" or "toda la hoja X" without a line.
    static func position(_ location: SourceLocation, column: Bool = false) -> String {
        let sheet = self.sheet(location.file)
        guard location.line > 0 else { return sheet.map { "toda la hoja \($0)" } ?? "todo el archivo" }
        // A workbook location without its sheet still counts rows, not lines.
        let row = file(location.file).lowercased().hasSuffix(".xlsx") ? "fila" : "línea"
        var text = sheet.map { "hoja \($0), fila \(location.line)" } ?? "\(row) \(location.line)"
        if column, location.column > 0 { text += ", columna \(location.column)" }
        return text
    }

    /// "informes-1s/2025-T2.csv, línea 3145" or "informes-1s/2025-T2.xlsx, hoja X, fila 1022".
    static func place(_ location: SourceLocation) -> String {
        location.line > 0 || sheet(location.file) != nil
            ? file(location.file) + ", " + position(location) : file(location.file)
    }

    /// Excel forbids `[` and `]` in sheet names, so the last `[` of a path ending in `]` opens the sheet.
    private static func split(_ displayPath: String) -> (file: String, sheet: String?) {
        let relative = QualityTables.contentRelative(displayPath)
        guard relative.hasSuffix("]"), let open = relative.lastIndex(of: "[") else { return (relative, nil) }
        let sheet = String(relative[relative.index(after: open)..<relative.index(before: relative.endIndex)])
        return (String(relative[..<open]), sheet)
    }
}
