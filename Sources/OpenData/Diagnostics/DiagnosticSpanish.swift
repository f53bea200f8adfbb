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
        // The per-agency workbook ("Plan de Acción Proyectos Organismos"): AgencyWorkbookReader.
        ("{}: empty; \"{}\" one cell to the right was read instead", "{}: vacía; se leyó «{}», una celda a la derecha"),
        ("{}: empty; \"{}\" one cell to the left was read instead", "{}: vacía; se leyó «{}», una celda a la izquierda"),
        ("a product row before any project row; not read", "una fila de producto antes de toda fila de proyecto; no se leyó"),
        ("{}: \"{}\" is not D, L, P, I or pr; read as {} by its {}-digit code",
         "{}: «{}» no es D, L, P, I ni pr; se leyó como {} por su código de {} dígitos"),
        ("{}: \"{}\" is not D, L, P, I or pr; the row is not read", "{}: «{}» no es D, L, P, I ni pr; la fila no se leyó"),
        ("{}: \"{}\" but \"{}\" is a product of project {} just above; read as its first product, and its name as the project's",
         "{}: «{}», pero «{}» es un producto del proyecto {} de justo arriba; se leyó como su primer producto, y su nombre como el del proyecto"),
        ("{}: empty, but \"{}\" is a project code (BP and 8 digits); read as a project row",
         "{}: vacía, pero «{}» es un código de proyecto (BP y 8 dígitos); se leyó como fila de proyecto"),
        ("{}: \"{}\" is not written BP and 8 digits; read as {}", "{}: «{}» no está escrito como BP y 8 dígitos; se leyó como {}"),
        ("{}: the project row has no amount; read as 0", "{}: la fila del proyecto no tiene valor; se leyó como 0"),
        ("{}: the sheet's name gives agency {} but its project rows give {}; read as {}",
         "{}: el nombre de la hoja indica el organismo {}, pero sus filas de proyecto indican {}; se leyó {}"),
        ("{}: the product row has no product code; numbered {} in its project",
         "{}: la fila de producto no tiene código de producto; se numeró {} dentro de su proyecto"),
        ("{}: the project row has no BP code; read as {} from its first product",
         "{}: la fila del proyecto no tiene código BP; se leyó {} a partir de su primer producto"),
        ("{}: \"{}\" is not a BP code; read as {} from its first product",
         "{}: «{}» no es un código BP; se leyó {} a partir de su primer producto"),
        ("{}: the project row has no BP code and no product gives one; published as {}",
         "{}: la fila del proyecto no tiene código BP y ningún producto lo da; se publicó como {}"),
        ("{}: \"{}\" is not a BP code and no product gives one; published as {}",
         "{}: «{}» no es un código BP y ningún producto lo da; se publicó como {}"),
        ("project {} has no name", "el proyecto {} no tiene nombre"),
        ("the sheet holds neither the per-agency header nor the summary by agency; not read",
         "la hoja no tiene ni el encabezado por organismo ni el resumen por organismo; no se leyó"),
        ("no agency sheet holds a project (pr) row", "ninguna hoja de organismo tiene una fila de proyecto (pr)"),
        ("project {} is given again (first at {}); both rows are counted",
         "el proyecto {} aparece de nuevo (la primera vez en {}); se cuentan ambas filas"),
        ("the summary sheet gives agency {} \"{}\" {}, but its project rows add up to {}",
         "la hoja de resumen da al organismo {} «{}» {}, pero sus filas de proyecto suman {}"),
        ("the summary sheet lists agency {} but no agency sheet reports its projects",
         "la hoja de resumen lista el organismo {}, pero ninguna hoja de organismo reporta sus proyectos"),
        ("agency {} has projects but no line in the summary sheet",
         "el organismo {} tiene proyectos, pero ninguna línea en la hoja de resumen"),
        ("{}: empty; read as {} from the code {} below it", "{}: vacía; se leyó como {} a partir del código {} de más abajo"),
        ("{}: the product's share of the project ({}) exceeds its weight ({}); its progress reads above 100 %",
         "{}: la parte del producto en el proyecto ({}) supera su ponderación ({}); su avance queda por encima del 100 %"),
        ("{}: unknown territory \"{}\"; add it to territorios.csv as an alias of a territory or as an aggregate (tipo agregado)",
         "{}: territorio desconocido «{}»; agréguelo en territorios.csv como alias de un territorio o como agregado (tipo agregado)"),
        ("{}: \"{}\" already names territory {} (line {})", "{}: «{}» ya nombra al territorio {} (línea {})"),
        ("tipo: \"{}\" is not one of comuna, corregimiento, ciudad, agregado",
         "tipo: «{}» no es uno de comuna, corregimiento, ciudad, agregado"),
        ("nombre: \"{}\" makes no web address (it needs letters or digits)", "nombre: «{}» no da una dirección web (necesita letras o dígitos)"),
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
