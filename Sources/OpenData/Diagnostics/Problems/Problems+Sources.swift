/// A problem of a whole source file (reading, encoding, CSV layout, workbook structure), of its
/// header, or of rows taken together.
public enum SourceProblem: ProblemKind {
    case unreadableFile
    case emptyFile
    case utf16Text
    case binaryFile
    /// The file opens with a UTF-8 byte-order mark but byte `byte` (1-based) is not UTF-8.
    case invalidUTF8AfterBOM(byte: Int)
    case mixedEncoding
    case unclosedQuote
    case notZipWorkbook
    case noWorksheet
    case missingWorksheet(part: String)
    case emptyFirstWorksheet
    case cellBeyondLastColumn
    case missingColumns([String])
    case noCuadro1SHeader
    case noBudgetExecutionHeader
    /// The MGA product code and name were found by content under these headers.
    case productColumnsRealigned(codeColumn: String, nameColumn: String)
    case rowShifted(ShiftDirection)
    case repeatedActivity(activity: String)
    case activityRepeatedWithOtherData(activity: String, firstLine: Int)
    case notGeoJSON
    case shapeWithoutTerritory(feature: Int, name: String?)
    case badReportFileName
    case badExecutionFileName
    case duplicateCut(cut: String)

    /// Which way a row sits from its header.
    public enum ShiftDirection: String, Sendable, Hashable, Codable {
        case right, left
    }

    public enum Code: String, CaseIterable, Sendable {
        case unreadableFile = "unreadable_file"
        case emptyFile = "empty_file"
        case utf16Text = "utf16_text"
        case binaryFile = "binary_file"
        case invalidUTF8AfterBOM = "invalid_utf8_after_bom"
        case mixedEncoding = "mixed_encoding"
        case unclosedQuote = "unclosed_quote"
        case notZipWorkbook = "not_zip_workbook"
        case noWorksheet = "no_worksheet"
        case missingWorksheet = "missing_worksheet"
        case emptyFirstWorksheet = "empty_first_worksheet"
        case cellBeyondLastColumn = "cell_beyond_last_column"
        case missingColumns = "missing_columns"
        case noCuadro1SHeader = "no_cuadro1s_header"
        case noBudgetExecutionHeader = "no_budget_execution_header"
        case productColumnsRealigned = "product_columns_realigned"
        case rowShifted = "row_shifted"
        case repeatedActivity = "repeated_activity"
        case activityRepeatedWithOtherData = "activity_repeated_with_other_data"
        case notGeoJSON = "not_geojson"
        case shapeWithoutTerritory = "shape_without_territory"
        case badReportFileName = "bad_report_file_name"
        case badExecutionFileName = "bad_execution_file_name"
        case duplicateCut = "duplicate_cut"
    }

    public var code: Code {
        switch self {
        case .unreadableFile: .unreadableFile
        case .emptyFile: .emptyFile
        case .utf16Text: .utf16Text
        case .binaryFile: .binaryFile
        case .invalidUTF8AfterBOM: .invalidUTF8AfterBOM
        case .mixedEncoding: .mixedEncoding
        case .unclosedQuote: .unclosedQuote
        case .notZipWorkbook: .notZipWorkbook
        case .noWorksheet: .noWorksheet
        case .missingWorksheet: .missingWorksheet
        case .emptyFirstWorksheet: .emptyFirstWorksheet
        case .cellBeyondLastColumn: .cellBeyondLastColumn
        case .missingColumns: .missingColumns
        case .noCuadro1SHeader: .noCuadro1SHeader
        case .noBudgetExecutionHeader: .noBudgetExecutionHeader
        case .productColumnsRealigned: .productColumnsRealigned
        case .rowShifted: .rowShifted
        case .repeatedActivity: .repeatedActivity
        case .activityRepeatedWithOtherData: .activityRepeatedWithOtherData
        case .notGeoJSON: .notGeoJSON
        case .shapeWithoutTerritory: .shapeWithoutTerritory
        case .badReportFileName: .badReportFileName
        case .badExecutionFileName: .badExecutionFileName
        case .duplicateCut: .duplicateCut
        }
    }

    public var english: String {
        let q = Quote.english
        return switch self {
        case .unreadableFile: "cannot read the file"
        case .emptyFile: "the file is empty"
        case .utf16Text: "UTF-16 text (Excel's \"Unicode text\"); save it as \"CSV UTF-8\""
        case .binaryFile: "not a text file (binary content); save it as CSV"
        case .invalidUTF8AfterBOM(let byte):
            "starts with a UTF-8 byte-order mark but byte \(byte) is not UTF-8; save it again as \"CSV UTF-8\""
        case .mixedEncoding:
            "the file mixes UTF-8 and Windows-1252 text; each character was read in the encoding it is valid in"
        case .unclosedQuote: "quoted field never closes"
        case .notZipWorkbook: "not an Excel workbook (.xlsx): the file is not a ZIP archive"
        case .noWorksheet: "the workbook has no worksheet"
        case .missingWorksheet(let part): "the workbook has no worksheet \(part)"
        case .emptyFirstWorksheet: "the first worksheet is empty"
        case .cellBeyondLastColumn: "the worksheet has a cell beyond column XFD"
        case .missingColumns(let columns): "missing required columns: " + columns.joined(separator: ", ")
        case .noCuadro1SHeader: "no Cuadro 1S header row found"
        case .noBudgetExecutionHeader: "no budget execution header row found"
        case .productColumnsRealigned(let code, let name):
            "the MGA product code is under \(q(code)) and its name under \(q(name)); read by content instead of by label"
        case .rowShifted(let direction): "the row is shifted one column to the \(direction.rawValue) of the header; read shifted"
        case .repeatedActivity(let activity): "activity \(activity) repeats an identical row; counted once"
        case .activityRepeatedWithOtherData(let activity, let firstLine):
            "activity \(activity) appears again with different data (first at line \(firstLine)); both rows are counted"
        case .notGeoJSON: "not a GeoJSON FeatureCollection"
        case .shapeWithoutTerritory(let feature, let name): "feature \(feature): no territory matches \(name ?? "(no name)")"
        case .badReportFileName: "the file name must be the cut, YYYY-Tq.csv (e.g. 2025-T1.csv)"
        case .badExecutionFileName: "the file name must be the cut, YYYY-MM.csv (e.g. 2025-03.csv)"
        case .duplicateCut(let cut): "cut \(cut) is given by two files; keep one"
        }
    }

    public var spanish: String {
        let q = Quote.spanish
        return switch self {
        case .unreadableFile: "no se puede leer el archivo"
        case .emptyFile: "el archivo está vacío"
        case .utf16Text: "texto UTF-16 («Texto Unicode» de Excel); guárdelo como «CSV UTF-8»"
        case .binaryFile: "no es un archivo de texto (contenido binario); guárdelo como CSV"
        case .invalidUTF8AfterBOM(let byte):
            "empieza con la marca de orden de bytes de UTF-8, pero el byte \(byte) no es UTF-8; guárdelo de nuevo como «CSV UTF-8»"
        case .mixedEncoding:
            "el archivo mezcla texto UTF-8 y Windows-1252; cada carácter se leyó en la codificación en que es válido"
        case .unclosedQuote: "un campo entre comillas nunca se cierra"
        case .notZipWorkbook: "no es un libro de Excel (.xlsx): el archivo no es un archivo ZIP"
        case .noWorksheet: "el libro no tiene ninguna hoja"
        case .missingWorksheet(let part): "el libro no tiene la hoja \(part)"
        case .emptyFirstWorksheet: "la primera hoja está vacía"
        case .cellBeyondLastColumn: "la hoja tiene una celda más allá de la columna XFD"
        case .missingColumns(let columns): "faltan columnas obligatorias: " + columns.joined(separator: ", ")
        case .noCuadro1SHeader: "no se encontró la fila de encabezado del Cuadro 1S"
        case .noBudgetExecutionHeader: "no se encontró la fila de encabezado de la ejecución presupuestal"
        case .productColumnsRealigned(let code, let name):
            "el código del producto MGA está bajo \(q(code)) y su nombre bajo \(q(name)); se leyeron por su contenido y no por el título"
        case .rowShifted(let direction):
            "la fila está corrida una columna a la \(direction == .right ? "derecha" : "izquierda") del encabezado; se leyó corrida"
        case .repeatedActivity(let activity): "la actividad \(activity) repite una fila idéntica; se cuenta una sola vez"
        case .activityRepeatedWithOtherData(let activity, let firstLine):
            "la actividad \(activity) aparece de nuevo con otros datos (la primera vez en la línea \(firstLine)); se cuentan ambas filas"
        case .notGeoJSON: "no es una FeatureCollection de GeoJSON"
        case .shapeWithoutTerritory(let feature, let name):
            "elemento \(feature): ningún territorio corresponde a \(name ?? "(sin nombre)")"
        case .badReportFileName: "el nombre del archivo debe ser el corte, AAAA-Tq.csv (p. ej. 2025-T1.csv)"
        case .badExecutionFileName: "el nombre del archivo debe ser el corte, AAAA-MM.csv (p. ej. 2025-03.csv)"
        case .duplicateCut(let cut): "el corte \(cut) viene en dos archivos; deje uno"
        }
    }

    public var fields: [ProblemField] {
        switch self {
        case .invalidUTF8AfterBOM(let byte): [ProblemField("byte", .integer(byte))]
        case .missingWorksheet(let part):
            [ProblemField("part", .text(part))]
        case .missingColumns(let columns): [ProblemField("columns", .list(columns))]
        case .productColumnsRealigned(let code, let name):
            [ProblemField("code_column", .text(code)), ProblemField("name_column", .text(name))]
        case .rowShifted(let direction): [ProblemField("direction", .text(direction.rawValue))]
        case .repeatedActivity(let activity): [ProblemField("activity", .text(activity))]
        case .activityRepeatedWithOtherData(let activity, let firstLine):
            [ProblemField("activity", .text(activity)), ProblemField("first_line", .integer(firstLine))]
        case .shapeWithoutTerritory(let feature, let name):
            [ProblemField("feature", .integer(feature))] + (name.map { [ProblemField("name", .text($0))] } ?? [])
        case .duplicateCut(let cut): [ProblemField("cut", .text(cut))]
        case .unreadableFile, .emptyFile, .utf16Text, .binaryFile, .mixedEncoding, .unclosedQuote, .notZipWorkbook,
             .noWorksheet, .emptyFirstWorksheet, .cellBeyondLastColumn,
             .noCuadro1SHeader, .noBudgetExecutionHeader, .notGeoJSON, .badReportFileName, .badExecutionFileName:
            []
        }
    }

    public static func sample(_ code: Code) -> SourceProblem {
        switch code {
        case .unreadableFile: .unreadableFile
        case .emptyFile: .emptyFile
        case .utf16Text: .utf16Text
        case .binaryFile: .binaryFile
        case .invalidUTF8AfterBOM: .invalidUTF8AfterBOM(byte: 5)
        case .mixedEncoding: .mixedEncoding
        case .unclosedQuote: .unclosedQuote
        case .notZipWorkbook: .notZipWorkbook
        case .noWorksheet: .noWorksheet
        case .missingWorksheet: .missingWorksheet(part: "xl/worksheets/sheet2.xml")
        case .emptyFirstWorksheet: .emptyFirstWorksheet
        case .cellBeyondLastColumn: .cellBeyondLastColumn
        case .missingColumns: .missingColumns(["fase", "modalidad"])
        case .noCuadro1SHeader: .noCuadro1SHeader
        case .noBudgetExecutionHeader: .noBudgetExecutionHeader
        case .productColumnsRealigned: .productColumnsRealigned(codeColumn: "Cód Producto MGA", nameColumn: "Programación PI Año 1")
        case .rowShifted: .rowShifted(.right)
        case .repeatedActivity: .repeatedActivity(activity: "BP1")
        case .activityRepeatedWithOtherData: .activityRepeatedWithOtherData(activity: "BP1", firstLine: 3)
        case .notGeoJSON: .notGeoJSON
        case .shapeWithoutTerritory: .shapeWithoutTerritory(feature: 2, name: "Comuna 88")
        case .badReportFileName: .badReportFileName
        case .badExecutionFileName: .badExecutionFileName
        case .duplicateCut: .duplicateCut(cut: "2025-T1")
        }
    }
}
