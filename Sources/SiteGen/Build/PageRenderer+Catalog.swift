import OpenData

extension PageRenderer {
    /// The catalog page and one landing page per dataset.
    func catalogJobs() -> [Job] {
        guard let result = catalog else { return [] }
        let context = PageContext(config: content.config)
        var jobs = [Job(path: CatalogPage.path, template: "catalog", reads: [.catalog, .data]) { CatalogPage(result: result, context: context) }]
        for dataset in result.catalog.datasets {
            jobs.append(Job(path: dataset.landingPath, template: "dataset", reads: [.catalog, .data]) {
                DatasetPage(dataset: dataset, result: result, context: context)
            })
        }
        return jobs
    }
}
