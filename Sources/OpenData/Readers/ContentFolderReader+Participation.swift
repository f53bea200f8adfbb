import Foundation

/// Reading the participation plan's actions (`planes/acciones.csv`) and the diagnoses' prioritized
/// problems (`diagnosticos/problemas.csv`). Both files are optional.
extension ContentFolderReader {
    /// Adds the actions and problems found in the content folder to `data`.
    func readParticipation(into data: inout CityData, diagnostics: inout Diagnostics) {
        if let source = optionalCSV(ContentLayout.actions, diagnostics: &diagnostics) {
            data.actions = ParticipationActionReader(territories: data.territories).read(source, diagnostics: &diagnostics)
        }
        if let source = optionalCSV(ContentLayout.problems, diagnostics: &diagnostics) {
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
