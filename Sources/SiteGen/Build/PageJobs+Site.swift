import OpenData

/// Pages of the site-wide features: the agenda, the search page and each cut's "Qué cambió".
extension PageRenderer {
    func siteJobs(context: PageContext) -> [Job] {
        let content = self.content
        let entries = SearchIndex(content: content).entries.count
        var jobs: [Job] = [
            Job(path: AgendaPage.path, template: "agenda", reads: [.data, .agenda]) { AgendaPage(content: content, context: context) },
            Job(path: SearchPage.path, template: "buscar", reads: [.data, .pageList]) { SearchPage(content: content, context: context, entries: entries) },
        ]
        for report in content.data.reports {
            guard let changes = content.data.changes(to: report.cut) else { continue }
            jobs.append(Job(path: ChangesPage.path(report.cut), template: "cambios", reads: .data) {
                ChangesPage(changes: changes, content: content, context: context)
            })
        }
        return jobs
    }
}
