import OpenData

/// The participation agenda (`agenda/`): every date of `agenda.csv`, the coming ones first, with
/// links to the city's calendar file and to each territory's.
struct AgendaPage {
    struct Line {
        var date: String
        var isoDate: String
        var time: String
        var territory: String
        var territoryHref: String
        var kind: String
        var place: String
        var description: String
    }

    struct CalendarLink {
        var href: String
        var name: String
        var count: Int
    }

    var frame: PageFrame
    var upcoming: [Line]
    var past: [Line]
    var hasEvents: Bool
    var hasUpcoming: Bool
    var hasPast: Bool
    var today: String
    var calendarHref: String
    var calendars: [CalendarLink]

    static let path = "agenda/"
    static let calendarFile = "agenda.ics"

    /// "09:00"; empty for an all-day event.
    static func time(_ event: AgendaEvent) -> String {
        guard let hour = event.hour, let minute = event.minute else { return "" }
        return ICalendar.two(hour) + ":" + ICalendar.two(minute)
    }

    init(content: SiteContent, context: PageContext) {
        frame = context.frame(path: Self.path, title: context.words(.agendaTitulo), description: context.words(.agendaDescripcion),
                              breadcrumbs: [(Self.path, context.words(.agenda))])
        let catalog = content.data.territories
        let lines = content.agenda.map { event -> (AgendaEvent, Line) in
            let territory = event.territoryCode.flatMap { catalog[$0] }
            return (event, Line(date: SpanishFormat.date(event.date), isoDate: event.date.iso, time: Self.time(event),
                                territory: territory?.name ?? context.words(.todaLaCiudad),
                                territoryHref: territory.map { PageContext.href(from: Self.path, to: TerritoryPage.path($0)) } ?? "",
                                kind: event.kind, place: event.place, description: event.description))
        }
        let today = content.config.date
        func isUpcoming(_ event: AgendaEvent) -> Bool { today.map { event.date.daysSinceEpoch >= $0.daysSinceEpoch } ?? true }
        upcoming = lines.filter { isUpcoming($0.0) }.map(\.1)
        past = lines.filter { !isUpcoming($0.0) }.map(\.1).reversed()
        hasEvents = !lines.isEmpty
        hasUpcoming = !upcoming.isEmpty
        hasPast = !past.isEmpty
        self.today = today.map { SpanishFormat.date($0) } ?? ""
        calendarHref = hasEvents ? Self.calendarFile : ""
        let root = PageContext.root(for: Self.path)
        calendars = catalog.territories.compactMap { territory in
            let count = content.agenda.filter { $0.territoryCode == territory.code }.count
            guard count > 0 else { return nil }
            return CalendarLink(href: root + TerritoryPage.path(territory) + Self.calendarFile, name: territory.name, count: count)
        }
    }
}
