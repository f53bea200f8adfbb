import Foundation
import OpenData

/// Reading the participation plan's actions (`planes/acciones.csv`) and the diagnoses' prioritized
/// problems (`diagnosticos/problemas.csv`). Both files are optional.
extension ContentLoader {
    static let actionsFile = "planes/acciones.csv"
    static let problemsFile = "diagnosticos/problemas.csv"

    /// Adds the actions and problems found in the content folder to `data`.
    func loadParticipation(into data: inout CityData, diagnostics: inout Diagnostics) {
        if let source = optionalCSV(Self.actionsFile, diagnostics: &diagnostics) {
            data.actions = ParticipationActionReader(territories: data.territories).read(source, diagnostics: &diagnostics)
        }
        if let source = optionalCSV(Self.problemsFile, diagnostics: &diagnostics) {
            data.problems = ProblemReader(territories: data.territories).read(source, diagnostics: &diagnostics)
        }
    }

    /// The parsed CSV at `relative`, or nil when it does not exist (or cannot be read: an error).
    func optionalCSV(_ relative: String, diagnostics: inout Diagnostics) -> CSVSource? {
        let url = root.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return CSVSource.read(url, displayPath: display(relative), diagnostics: &diagnostics)
    }
}
