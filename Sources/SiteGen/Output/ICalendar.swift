import OpenData

/// An iCalendar file (RFC 5545) of participation dates: CRLF line ends, lines folded at 75 octets,
/// text escaped, UIDs derived from each event's content and DTSTAMP from the site date, so that a
/// rebuild writes the same bytes.
struct ICalendar {
    var name: String
    /// DTSTAMP for every event (the site date, else the event's own date).
    var stamp: LocalDate?
    var events: [AgendaEvent]
    var territories: TerritoryCatalog
    /// What an event of no territory is said to be in (the theme's "Toda la ciudad").
    var cityWide: String

    func text() -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//sitegen//Agenda de participación//ES",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escape(name),
                     "X-WR-TIMEZONE:America/Bogota"]
        for event in events {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:" + Self.uid(event, territories: territories))
            lines.append("DTSTAMP:" + Self.basic(stamp ?? event.date) + "T000000Z")
            if let hour = event.hour, let minute = event.minute {
                // Bogotá is UTC−5 all year (no daylight saving): write UTC times.
                let (start, startHour) = Self.utc(event.date, hour: hour + 5)
                lines.append("DTSTART:" + Self.basic(start) + "T" + Self.two(startHour) + Self.two(minute) + "00Z")
                lines.append("DURATION:PT2H")
            } else {
                lines.append("DTSTART;VALUE=DATE:" + Self.basic(event.date))
                let next = LocalDate(daysSinceEpoch: event.date.daysSinceEpoch + 1)
                lines.append("DTEND;VALUE=DATE:" + Self.basic(next))
            }
            let territory = event.territoryCode.flatMap { territories[$0]?.name } ?? cityWide
            let summary = event.kind.isEmpty ? event.description : event.kind + " · " + territory
            lines.append("SUMMARY:" + Self.escape(summary))
            if !event.place.isEmpty { lines.append("LOCATION:" + Self.escape(event.place)) }
            lines.append("DESCRIPTION:" + Self.escape(event.description))
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// "20250315".
    static func basic(_ date: LocalDate) -> String { date.iso.replacingOccurrences(of: "-", with: "") }

    /// The date and hour after carrying an hour past 23 into the next day.
    static func utc(_ date: LocalDate, hour: Int) -> (LocalDate, Int) {
        hour < 24 ? (date, hour) : (LocalDate(daysSinceEpoch: date.daysSinceEpoch + 1), hour - 24)
    }

    /// TEXT escaping (RFC 5545 §3.3.11): backslash, ';', ',' and newlines.
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": continue
            default:
                if let ascii = ch.asciiValue, ascii < 0x20 { continue }
                out.append(ch)
            }
        }
        return out
    }

    /// Folds a content line so no line is longer than 75 octets, never splitting a UTF-8 sequence;
    /// continuation lines start with one space.
    static func fold(_ line: String) -> String {
        var out = ""
        var count = 0
        for ch in line {
            let size = String(ch).utf8.count
            if count + size > 75 {
                out += "\r\n "
                count = 1
            }
            out.append(ch)
            count += size
        }
        return out
    }

    /// A UID from the event's own fields (FNV-1a, 64 bit), stable across builds.
    static func uid(_ event: AgendaEvent, territories: TerritoryCatalog) -> String {
        let key = [event.date.iso, event.hour.map(String.init) ?? "", event.minute.map(String.init) ?? "",
                   event.territoryCode.map(String.init) ?? "", event.kind, event.place, event.description].joined(separator: "\u{1F}")
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        let hex = String(hash, radix: 16)
        return basic(event.date) + "-" + String(repeating: "0", count: 16 - hex.count) + hex + "@sitegen"
    }
}
