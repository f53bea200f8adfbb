import OpenData

extension PageRenderer {
    /// The catalog page and one landing page per dataset.
    func catalogJobs() -> [Job] {
        guard let result = catalog else { return [] }
        let context = PageContext(config: content.config)
        // Made once the catalog is ready: in `serve` their keys are what they show of it.
        let keyed = versions != nil
        var jobs = [Job(path: CatalogPage.path, template: "catalog", reads: [], own: keyed ? PageInputs.catalogPage(result) : nil) {
            CatalogPage(result: result, context: context)
        }]
        for dataset in result.catalog.datasets {
            let own = keyed ? PageInputs.dataset(dataset, result: result) : nil
            jobs.append(Job(path: dataset.landingPath, template: "dataset", reads: [], own: own) {
                DatasetPage(dataset: dataset, result: result, context: context)
            })
        }
        return jobs
    }
}
