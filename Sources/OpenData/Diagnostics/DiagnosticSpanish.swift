import Foundation

/// Legacy path: the Spanish text of a problem still reported as an English sentence
/// (`Problem.legacy`), found by matching the sentence against English templates, with `{}` standing
/// for the same parts in the same order. Typed problems render their own Spanish; this file goes
/// once the last English-sentence caller is converted.
public enum DiagnosticSpanish {
    /// English → Spanish templates, most specific first.
    static let templates: [(english: String, spanish: String)] = [
        ("{}: \"{}\" is not a date (yyyy-mm-dd)", "{}: «{}» no es una fecha (aaaa-mm-dd)"),
        ("{}: \"{}\" is not a date", "{}: «{}» no es una fecha"),
        ("{}: \"{}\" is ambiguous; read month first as {}", "{}: «{}» es ambigua; se leyó con el mes primero, como {}"),
        ("{}: \"{}\" is not an amount of money", "{}: «{}» no es un valor en pesos"),
        ("{}: \"{}\" is too large an amount", "{}: «{}» es un valor demasiado grande"),
        ("{}: \"{}\" is not a percentage between 0 and 100", "{}: «{}» no es un porcentaje entre 0 y 100"),
        ("{}: \"{}\" is not a percentage", "{}: «{}» no es un porcentaje"),
        ("{}: \"{}\" is not a number", "{}: «{}» no es un número"),
        ("activity {} repeats an identical row; counted once", "la actividad {} repite una fila idéntica; se cuenta una sola vez"),
        ("activity {} appears again with different data (first at line {}); both rows are counted",
         "la actividad {} aparece de nuevo con otros datos (la primera vez en la línea {}); se cuentan ambas filas"),
        ("the row is shifted one column to the right of the header; read shifted",
         "la fila está corrida una columna a la derecha del encabezado; se leyó corrida"),
        ("the row is shifted one column to the left of the header; read shifted",
         "la fila está corrida una columna a la izquierda del encabezado; se leyó corrida"),
        ("{}: unknown territory \"{}\"", "{}: territorio desconocido «{}»"),
        ("{}: the row has no territory", "{}: la fila no tiene territorio"),
        ("{}: the row has no BP code", "{}: la fila no tiene código BP"),
        ("{}: \"{}\" is not a valid BP code", "{}: «{}» no es un código BP válido"),
        ("{}: the row has no activity code", "{}: la fila no tiene código de actividad"),
        ("missing required columns: {}", "faltan columnas obligatorias: {}"),
        ("quoted field never closes", "un campo entre comillas nunca se cierra"),
        ("cannot read the file", "no se puede leer el archivo"),
        ("cut {} is given by two files; keep one", "el corte {} viene en dos archivos; deje uno"),
        ("the file mixes UTF-8 and Windows-1252 text; each character was read in the encoding it is valid in",
         "el archivo mezcla texto UTF-8 y Windows-1252; cada carácter se leyó en la codificación en que es válido"),
        ("the file is empty", "el archivo está vacío"),
        ("not a text file (binary content); save it as CSV", "no es un archivo de texto (contenido binario); guárdelo como CSV"),
        ("link to \"{}\": no such page in the site", "enlace a «{}»: esa página no existe en el sitio"),
        ("no sheet of the workbook holds the Cuadro 1S header", "ninguna hoja del libro tiene el encabezado del Cuadro 1S"),
        // Excel workbooks (XLSX/).
        ("not an Excel workbook (.xlsx): the file is not a ZIP archive",
         "no es un libro de Excel (.xlsx): el archivo no es un archivo ZIP"),
        ("not an Excel workbook (.xlsx): it is an Excel 97-2003 workbook (.xls); save it as .xlsx",
         "no es un libro de Excel (.xlsx): es un libro de Excel 97-2003 (.xls); guárdelo como .xlsx"),
        ("the workbook is encrypted (protected with a password): save it again without a password",
         "el libro está cifrado (protegido con contraseña): guárdelo de nuevo sin contraseña"),
        ("the workbook part {} expands past 1 GiB: not read (a ZIP bomb?)",
         "la parte {} del libro se expande a más de 1 GiB: no se leyó (¿una bomba ZIP?)"),
        ("the workbook part {} expands past {} times its compressed size: not read (a ZIP bomb?)",
         "la parte {} del libro se expande a más de {} veces su tamaño comprimido: no se leyó (¿una bomba ZIP?)"),
        ("not a readable Excel workbook: the file is cut short (its ZIP directory is missing)",
         "no es un libro de Excel legible: el archivo está cortado (le falta el directorio ZIP)"),
        ("not a readable Excel workbook: the ZIP directory is damaged",
         "no es un libro de Excel legible: el directorio ZIP está dañado"),
        ("not a readable Excel workbook: the part {} is cut short",
         "no es un libro de Excel legible: la parte {} está cortada"),
        ("not a readable Excel workbook: the part {} is damaged (its size or checksum does not match)",
         "no es un libro de Excel legible: la parte {} está dañada (su tamaño o su suma de verificación no coinciden)"),
        ("not a readable Excel workbook: the part {} is not well-formed XML (byte {})",
         "no es un libro de Excel legible: la parte {} no es XML bien formado (byte {})"),
        ("not a readable Excel workbook: the part {} declares a DTD or an entity (<!DOCTYPE or <!ENTITY); it is not read",
         "no es un libro de Excel legible: la parte {} declara una DTD o una entidad (<!DOCTYPE o <!ENTITY); no se leyó"),
        ("not a readable Excel workbook: the part {} uses the undeclared entity &{};",
         "no es un libro de Excel legible: la parte {} usa la entidad no declarada &{};"),
        ("not a readable Excel workbook: the part {} uses an unknown compression method ({})",
         "no es un libro de Excel legible: la parte {} usa un método de compresión desconocido ({})"),
        ("the workbook has no worksheet {}", "el libro no tiene la hoja {}"),
        ("the workbook has no worksheet", "el libro no tiene ninguna hoja"),
        ("the worksheet has a cell beyond column XFD", "la hoja tiene una celda más allá de la columna XFD"),
        ("the first worksheet is empty", "la primera hoja está vacía"),
    ]

    /// The Spanish text of `diagnostic`.
    public static func message(_ diagnostic: Diagnostic) -> String {
        diagnostic.problem.spanish
    }

    /// The Spanish text of an English sentence, or the sentence marked as such when no template fits.
    static func message(english: String) -> String {
        for template in templates {
            if let parts = match(english, template.english) { return fill(template.spanish, parts) }
        }
        return english + " (mensaje original en inglés)"
    }

    /// The texts standing for the `{}` of `template` in `text`, when the whole text fits it.
    static func match(_ text: String, _ template: String) -> [String]? {
        let literals = template.components(separatedBy: "{}")
        guard text.hasPrefix(literals[0]) else { return nil }
        var rest = text.dropFirst(literals[0].count)
        var parts: [String] = []
        for (index, literal) in literals.enumerated().dropFirst() {
            let isLast = index == literals.count - 1
            if literal.isEmpty {
                guard isLast else { return nil }
                parts.append(String(rest))
                rest = ""
                continue
            }
            let found = isLast ? (rest.hasSuffix(literal) ? rest.index(rest.endIndex, offsetBy: -literal.count) : nil)
                               : rest.range(of: literal)?.lowerBound
            guard let start = found else { return nil }
            parts.append(String(rest[..<start]))
            rest = rest[rest.index(start, offsetBy: literal.count)...]
        }
        return rest.isEmpty ? parts : nil
    }

    static func fill(_ template: String, _ parts: [String]) -> String {
        let literals = template.components(separatedBy: "{}")
        var out = literals[0]
        for (index, literal) in literals.enumerated().dropFirst() {
            out += (index - 1 < parts.count ? parts[index - 1] : "") + literal
        }
        return out
    }
}
