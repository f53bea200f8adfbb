import OpenData

/// Turns the model into the open datasets: the tables of every dataset, and the data-quality table.
struct DatasetsStage {
    func run(_ content: SiteContent) -> [Dataset] {
        DatasetBuilder.datasets(for: content.data, municipality: content.config.municipality) + [QualityTables.dataset(content.diagnostics, data: content.data)]
    }
}
