import OpenData

/// The pages of the participation plan and the diagnoses: the procedure × phase matrix and its
/// cells, one page per agency, and the city ranking of problems with investment.
extension PageJobs {
    func participationJobs(context: PageContext) -> [PageJob] {
        let site = self.content
        var jobs: [PageJob] = [
            PageJob(PlanMatrixPage.path, template: "plan-matrix", reads: .data, of: site) { PlanMatrixPage(content: $0, context: context) },
            PageJob(ProblemsRankingPage.path, template: "problems-ranking", reads: .data, of: site) {
                ProblemsRankingPage(content: $0, context: context)
            },
            PageJob(AgenciesIndexPage.path, template: "agencies", reads: .data, of: site) { AgenciesIndexPage(content: $0, context: context) },
        ]
        for procedure in ParticipationProcedure.allCases {
            for phase in ManagementPhase.allCases {
                jobs.append(PageJob(ActionListPage.path(procedure, phase), template: "action-list", reads: .data, of: site) {
                    ActionListPage(procedure: procedure, phase: phase, content: $0, context: context)
                })
            }
        }
        for agency in AgencyPage.agencies(site.data) {
            jobs.append(PageJob(AgencyPage.path(agency.code), template: "agency", reads: .data, of: site) {
                AgencyPage(agency: agency, content: $0, context: context)
            })
        }
        return jobs
    }
}
