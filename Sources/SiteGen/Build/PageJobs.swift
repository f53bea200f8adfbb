import Foundation
import OpenData

/// Every HTML page of the site as a job: its folder, template, what it is made from and how to
/// make its view model from that alone (`PageJob`). The pages stage runs them.
struct PageJobs: Sendable {
    let content: SiteContent
    /// Markdown as HTML (`JobRunner.html`).
    let html: @Sendable (String) -> String
    /// The theme's words for titles and breadcrumbs.
    let words: PageWords

    /// Every page but the catalog's, which wait for the catalog (`catalogJobs`).
    func jobs() -> [PageJob] {
        let site = self.content
        let context = PageContext(config: site.config, words: words)
        var jobs: [PageJob] = [
            PageJob(HomePage.path, template: "home", reads: [.data, .pageList, .shapes, .agenda], of: site) {
                HomePage(content: $0, context: context)
            },
            PageJob(TerritoriesIndexPage.path, template: "territories", reads: [.data, .pageList, .shapes], of: site) {
                TerritoriesIndexPage(content: $0, context: context)
            },
            PageJob(ReportsIndexPage.path, template: "reports", reads: .data, of: site) { ReportsIndexPage(content: $0, context: context) },
        ]
        for territory in site.data.territories.territories {
            jobs.append(PageJob(TerritoryPage.path(territory), template: "territory", reads: [.data, .pageList, .agenda, .shapes], of: site) {
                TerritoryPage(territory: territory, content: $0, context: context)
            })
        }
        jobs += projectJobs(context: context)
        for report in site.data.reports {
            jobs.append(PageJob(ReportPage.path(report.cut), template: "report", reads: .data, of: site) {
                ReportPage(report: report, content: $0, context: context)
            })
        }
        for section in MarkdownPage.Section.allCases {
            jobs.append(PageJob("\(section.rawValue)/", template: "section", reads: [.data, .pageList], of: site) {
                SectionIndexPage(section: section, content: $0, context: context)
            })
        }
        jobs += participationJobs(context: context)
        let html = self.html
        for page in site.pages {
            jobs.append(PageJob(page.path, template: "page", reads: [.data, .pageList], of: site, own: MarkdownPageInput(page: page)) {
                MarkdownPageView(page: $1.page, html: html($1.page.markdown), content: $0, context: context)
            })
        }
        jobs += siteJobs(context: context)
        jobs += qualityJobs(context: context)
        jobs += transparencyJobs(context: context)
        return jobs
    }

    /// One page per project of the latest cut, by BP code; a project the latest cut no longer
    /// reports keeps its ficha, from the last cut that does.
    func projectJobs(context: PageContext) -> [PageJob] {
        let data = content.limited(to: .data)
        guard !content.data.reports.isEmpty else { return [] }
        let latest = content.data.reports.count - 1
        let codes = Set(content.data.projects.map(\.bp)).sorted()
        let shown = codes.map { ($0, latest) } + content.data.projectsDroppedBeforeLatest.map { ($0.bp, $0.reportIndex) }
        return shown.map { bp, index in
            PageJob(ProjectPage.path(bp), template: "project", from: ProjectPageInput(bp: bp, reportIndex: index, content: data)) {
                let report = $0.content.data.reports[$0.reportIndex]
                return ProjectPage(parts: $0.content.data.project(bp: $0.bp, inReport: $0.reportIndex), content: $0.content,
                                   report: report, context: context)
            }
        }
    }
}
