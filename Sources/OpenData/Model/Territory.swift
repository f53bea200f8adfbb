import Foundation

/// A comuna (urban, codes 1–22), a corregimiento (rural, 51–65), or the whole city (99).
public struct Territory: Sendable, Hashable, Codable, Comparable {
    public enum Kind: String, Sendable, Codable {
        case comuna
        case corregimiento
        case ciudad
    }

    public var code: Int
    public var kind: Kind
    public var name: String

    public init(code: Int, kind: Kind, name: String) {
        self.code = code
        self.kind = kind
        self.name = name
    }

    /// The URL segment: `comuna-01` … `comuna-22`, the corregimiento's name (`pichinde`), `ciudad`.
    public var slug: String {
        switch kind {
        case .comuna: return "comuna-" + Digits.padded(code, width: 2)
        case .corregimiento: return Slug.make(name)
        case .ciudad: return "ciudad"
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
