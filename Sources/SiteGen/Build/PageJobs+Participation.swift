import OpenData

/// The pages of the participation plan and the diagnoses: the procedure × phase matrix and its
/// cells, one page per agency, and the city ranking of problems with investment.
extension PageRenderer {
    func participationJobs(context: PageContext) -> [Job] {
        let content = self.content
        var jobs: [Job] = [
            Job(path: PlanMatrixPage.path, template: "plan-matrix", reads: .data) { PlanMatrixPage(content: content, context: context) },
            Job(path: ProblemsRankingPage.path, template: "problems-ranking", reads: .data) { ProblemsRankingPage(content: content, context: context) },
            Job(path: AgenciesIndexPage.path, template: "agencies", reads: .data) { AgenciesIndexPage(content: content, context: context) },
        ]
        for procedure in ParticipationProcedure.allCases {
            for phase in ManagementPhase.allCases {
                jobs.append(Job(path: ActionListPage.path(procedure, phase), template: "action-list", reads: .data) {
                    ActionListPage(procedure: procedure, phase: phase, content: content, context: context)
                })
            }
        }
        for agency in AgencyPage.agencies(content.data) {
            jobs.append(Job(path: AgencyPage.path(agency.code), template: "agency", reads: .data) {
                AgencyPage(agency: agency, content: content, context: context)
            })
        }
        return jobs
    }
}
