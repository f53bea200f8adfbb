import OpenData

/// The two menus of Resolución 1519 de 2020: "Transparencia" and "Participa". Both list the pages
/// made from the data, the Markdown pages' front matter and the agenda (`TransparencyMenu`).
extension PageJobs {
    func transparencyJobs(context: PageContext) -> [PageJob] {
        let site = self.content
        return [
            PageJob(TransparencyPage.path, template: "transparencia", reads: [.data, .pageList, .agenda], of: site) {
                TransparencyPage(content: $0, context: context)
            },
            PageJob(ParticipaPage.path, template: "participa", reads: [.data, .pageList, .agenda], of: site) {
                ParticipaPage(content: $0, context: context)
            },
        ]
    }
}
