/// The one place that names the municipality the tool was first made for: what a content folder
/// gets when its `site.yml` names no municipality, DANE code or publisher, and the territories
/// used when it has no `territorios.csv`. Every other file reads these through site.yml's values.
public enum BuiltInDefaults {
    /// The municipality's name (site.yml `municipio`).
    public static let municipality = "Santiago de Cali"
    /// The municipality's DANE code (site.yml `codigo_dane`).
    public static let daneCode = "76001"
    /// Who publishes the site and its data (site.yml `publisher.name`).
    public static let publisherName = "Alcaldía de Santiago de Cali"

    /// What sources write for the whole city when the catalog names no alias for it (folded).
    static let cityWideNames: Set<String> = ["santiago de cali", "cali", "ciudad", "toda la ciudad", "municipio", "distrito"]

    /// Cali's 22 comunas, 15 corregimientos and the city-wide code 99, with the spellings the
    /// Alcaldía's files use beyond what folding case and accents already matches.
    public static let territories = TerritoryCatalog(
        (1...22).map { Territory(code: $0, kind: .comuna, name: "Comuna \($0)") }
            + [
                (51, "Navarro"), (52, "El Hormiguero"), (53, "Pance"), (54, "La Buitrera"), (55, "Villacarmelo"),
                (56, "Los Andes"), (57, "Pichindé"), (58, "La Leonera"), (59, "Felidia"), (60, "El Saladito"),
                (61, "La Elvira"), (62, "La Castilla"), (63, "La Paz"), (64, "Montebello"), (65, "Golondrinas"),
            ].map { Territory(code: $0.0, kind: .corregimiento, name: $0.1) }
            + [Territory(code: Territory.cityWideCode, kind: .ciudad, name: "Toda la ciudad", aliases: ["Santiago de Cali"])]
    )
}
