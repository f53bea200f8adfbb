import Foundation

/// A comuna (urban, codes 1–22), a corregimiento (rural, 51–65), the whole city (99), or an
/// aggregate: an area that groups territories and that sources report on as one ("ZONA RURAL").
public struct Territory: Sendable, Hashable, Codable, Comparable {
    /// The kinds of `territorios.csv`'s `tipo` column (the raw values are the Spanish words).
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case comuna
        case corregimiento
        case ciudad
        case aggregate = "agregado"
    }

    public var code: Int
    public var kind: Kind
    public var name: String
    /// Other names the sources use for the territory (`alias` column of `territorios.csv`).
    public var aliases: [String]

    public init(code: Int, kind: Kind, name: String, aliases: [String] = []) {
        self.code = code
        self.kind = kind
        self.name = name
        self.aliases = aliases
    }

    /// The URL segment: `comuna-01` … `comuna-22`, the name of a corregimiento or aggregate
    /// (`pichinde`, `zona-rural`), `ciudad`.
    public var slug: String {
        switch kind {
        case .comuna: return "comuna-" + Digits.padded(code, width: 2)
        case .corregimiento, .aggregate: return Slug.make(name)
        case .ciudad: return "ciudad"
        }
    }

    /// Whether the territory is one of the comunas and corregimientos that divide the city, so it
    /// is shaded on the map and ranked against the others; the city-wide 99 and aggregates are not.
    public var isDivision: Bool { kind == .comuna || kind == .corregimiento }

    /// The kind as a reader sees it: "Comuna", "Corregimiento", "Toda la ciudad", "Agrupación de territorios".
    public var kindLabel: String {
        switch kind {
        case .comuna: return "Comuna"
        case .corregimiento: return "Corregimiento"
        case .ciudad: return "Toda la ciudad"
        case .aggregate: return "Agrupación de territorios"
        }
    }

    public static func < (a: Territory, b: Territory) -> Bool { a.code < b.code }

    /// The city-wide code used by the Cuadro 1S.
    public static let cityWideCode = 99
}

/// Lower-case ASCII URL segments: accents removed, anything else turned into '-'.
public enum Slug {
    public static func make(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "es_CO"))
        var out = ""
        var lastDash = true
        for scalar in folded.unicodeScalars {
            if scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)) {
                out.unicodeScalars.append(scalar)
                lastDash = false
            } else if !lastDash {
                out.append("-")
                lastDash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.lowercased()
    }

    /// True when `text` is safe as one path segment: letters, digits, '-', '_' and '.', not starting
    /// with '.', nothing that could leave the output folder.
    public static func isSafeSegment(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 120 && !text.hasPrefix(".")
            && text.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0)) }
    }
}
