import OpenData

/// Pages of the site-wide features: the agenda, the search page and each cut's "Qué cambió".
extension PageJobs {
    func siteJobs(context: PageContext) -> [PageJob] {
        let site = self.content
        let entries = SearchIndex(content: site, words: words).entries.count
        var jobs: [PageJob] = [
            PageJob(AgendaPage.path, template: "agenda", reads: [.data, .agenda], of: site) { AgendaPage(content: $0, context: context) },
            PageJob(SearchPage.path, template: "buscar", reads: [.data, .pageList], of: site) {
                SearchPage(content: $0, context: context, entries: entries)
            },
        ]
        for report in site.data.reports {
            guard let changes = site.data.changes(to: report.cut) else { continue }
            jobs.append(PageJob(ChangesPage.path(report.cut), template: "cambios", reads: .data, of: site) {
                ChangesPage(changes: changes, content: $0, context: context)
            })
        }
        return jobs
    }
}
