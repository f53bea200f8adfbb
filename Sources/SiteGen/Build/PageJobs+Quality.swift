/// The "Calidad de los datos" page.
extension PageRenderer {
    func qualityJobs(context: PageContext) -> [Job] {
        let content = self.content
        return [Job(path: QualityPage.path, template: "calidad", reads: [.data, .diagnostics]) { QualityPage(content: content, context: context) }]
    }
}
