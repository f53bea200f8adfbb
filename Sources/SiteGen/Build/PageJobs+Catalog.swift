import OpenData

extension PageJobs {
    /// The catalog page and one landing page per dataset, made once the catalog is ready.
    func catalogJobs(_ result: CatalogStage.Result) -> [PageJob] {
        let context = PageContext(config: content.config, words: words)
        var jobs = [PageJob(CatalogPage.path, template: "catalog", from: CatalogPageInput(result: result)) {
            CatalogPage(result: $0.result, context: context)
        }]
        for dataset in result.catalog.datasets {
            jobs.append(PageJob(dataset.landingPath, template: "dataset", from: DatasetPageInput(dataset: dataset, result: result)) {
                DatasetPage(dataset: $0.dataset, result: $0.result, context: context)
            })
        }
        return jobs
    }
}
