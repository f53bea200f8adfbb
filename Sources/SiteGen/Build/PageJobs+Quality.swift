/// The "Calidad de los datos" page.
extension PageJobs {
    func qualityJobs(context: PageContext) -> [PageJob] {
        [PageJob(QualityPage.path, template: "calidad", reads: [.data, .diagnostics], of: content) { QualityPage(content: $0, context: context) }]
    }
}
