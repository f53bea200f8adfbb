/// Where each source lives in a content folder: the one place that names its files and folders.
/// Paths are relative to the content folder.
public enum ContentLayout {
    /// The site's settings (title, base URL, publisher, municipality).
    public static let siteConfig = "site.yml"
    /// The territories (comunas, corregimientos) with their codes and other names; optional.
    public static let territories = "territorios.csv"
    /// Cuadro 1S follow-up reports, one file per cut (`2025-T1.csv`, `2025-T2.xlsx`).
    public static let reports = "informes-1s"
    /// Budget execution exports, one file per month (`2025-05.csv`).
    public static let executions = "ejecucion"
    /// The agencies' participation action plans; optional.
    public static let actions = "planes/acciones.csv"
    /// The participatory diagnoses' prioritized problems; optional.
    public static let problems = "diagnosticos/problemas.csv"
    /// Participation dates; optional.
    public static let agenda = "agenda.csv"
    /// Public contracts (SECOP II exports, contracts by project), any number of `*.csv`; optional.
    public static let contracts = "contratos"
    /// Territory outlines (`*.geojson`); optional.
    public static let geo = "geo"

    /// The folders whose files are data sources read per file (reports, budget exports, contracts).
    public static let dataFolders = [reports, executions, contracts]
}
