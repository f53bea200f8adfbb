import Foundation
import OpenData

/// What a content folder still lacks before it publishes real data (a folder fresh from
/// `sitegen init` lacks all of it), said by `sitegen check` and the build as notes: they never
/// fail a build and never appear in an output file.
public enum SiteReadiness {
    /// The Spanish notes `sitegen check` prints: no territories, no Cuadro 1S cut, the built-in
    /// territory list in use.
    public static func missing(_ content: SiteContent) -> [String] {
        var notes: [String] = []
        if content.usesBuiltInTerritories {
            notes.append("\(ContentLayout.territories) no existe: se usa la lista de territorios incorporada "
                         + "(\(BuiltInDefaults.municipality)); escriba la de su municipio")
        } else if content.data.territories.local.isEmpty {
            notes.append("\(ContentLayout.territories) no tiene territorios todavía: agregue las comunas y corregimientos "
                         + "(codigo,tipo,nombre,alias)")
        }
        if content.data.reports.isEmpty {
            notes.append("\(ContentLayout.reports)/ no tiene ningún corte del Cuadro 1S todavía: agregue el primero (p. ej. 2025-T1.csv)")
        }
        if content.config.inPreparation {
            notes.append("el sitio se publica con el aviso \"sitio en preparación\"")
        }
        return notes
    }

    /// The build's note when the folder has no `territorios.csv` (printed, like every build note).
    public static func buildNotes(_ content: SiteContent) -> [String] {
        guard content.usesBuiltInTerritories else { return [] }
        return ["\(ContentLayout.territories) not found: the built-in territory list (\(BuiltInDefaults.municipality), "
                + "\(BuiltInDefaults.territories.territories.count) territories) is used"]
    }
}
