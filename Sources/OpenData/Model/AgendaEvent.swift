/// A participation date from `agenda.csv`: when, where, for which territory, and what it is.
public struct AgendaEvent: Sendable, Hashable {
    public var date: LocalDate
    /// Local start time (Bogotá) as hour and minute; nil for an all-day event.
    public var hour: Int?
    public var minute: Int?
    /// The territory it concerns; nil for the whole city.
    public var territoryCode: Int?
    public var kind: String
    public var place: String
    public var description: String
    public var source: SourceLocation

    public init(date: LocalDate, hour: Int?, minute: Int?, territoryCode: Int?, kind: String, place: String,
                description: String, source: SourceLocation) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.territoryCode = territoryCode
        self.kind = kind
        self.place = place
        self.description = description
        self.source = source
    }

    /// Chronological order, then by territory and text, so lists and calendars are stable.
    public static func ordered(_ a: AgendaEvent, _ b: AgendaEvent) -> Bool {
        (a.date.daysSinceEpoch, a.hour ?? -1, a.minute ?? -1, a.territoryCode ?? 0, a.kind, a.description)
            < (b.date.daysSinceEpoch, b.hour ?? -1, b.minute ?? -1, b.territoryCode ?? 0, b.kind, b.description)
    }
}
