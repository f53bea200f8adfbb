import OpenData

/// A participation action as a line of the action lists (matrix cells, agency and territory pages).
struct ActionRow {
    var agency: String
    var agencyCode: String
    var agencyHref: String
    var procedure: String
    var phase: String
    /// The procedure × phase list the action belongs to.
    var listHref: String
    var activity: String
    var valueGroup: String
    var modality: String
    var territories: String
    /// Start and end dates ("15 de marzo de 2025"); the theme words the span from what is known.
    var start: String
    var hasStart: Bool
    var end: String
    var hasEnd: Bool
    var goal: String
    var indicator: String
    var progress: String
    /// Progress 0–100 rounded, for bar widths.
    var progressValue: Int
    var evidenceHref: String
    var hasEvidence: Bool
    var source: String

    init(_ action: ParticipationAction, from path: String, territories catalog: TerritoryCatalog) {
        agency = action.agency.name.isEmpty ? action.agency.code : action.agency.name
        agencyCode = action.agency.code
        agencyHref = PageContext.href(from: path, to: AgencyPage.path(action.agency.code))
        procedure = action.procedure.rawValue
        phase = action.phase.rawValue
        listHref = PageContext.href(from: path, to: ActionListPage.path(action.procedure, action.phase))
        activity = action.activity
        valueGroup = action.valueGroup
        modality = action.modality.rawValue
        territories = action.territoryCodes.map { catalog[$0]?.name ?? String($0) }.joined(separator: ", ")
        start = action.start.map { SpanishFormat.date($0) } ?? ""
        hasStart = action.start != nil
        end = action.end.map { SpanishFormat.date($0) } ?? ""
        hasEnd = action.end != nil
        goal = action.goal
        indicator = action.indicator
        progress = SpanishFormat.percent(action.progress)
        progressValue = Int((action.progress ?? 0).rounded()).clamped(to: 0...100)
        evidenceHref = SafeURL.check(action.evidenceURL) ?? ""
        hasEvidence = !evidenceHref.isEmpty
        source = SourceReference.place(action.source)
    }
}
