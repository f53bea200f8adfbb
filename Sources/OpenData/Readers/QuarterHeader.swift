import Foundation

/// A header that names a quarter, split into what it measures and which quarter: "% de Avance
/// Actividad\nTrimestre III", "% Avance Actividad Trim 3", "Explicación Actividad T3" and
/// "Explicación actividad III trimestre" all give the same stem and quarter 3.
struct QuarterHeader: Equatable {
    /// The header without its quarter words, normalised, without filler words ("de", "del", "la").
    var stem: String
    /// 1 to 4.
    var quarter: Int

    /// Words that say "quarter".
    private static let markers: Set<String> = ["trimestre", "trim", "trim.", "t", "q"]

    /// The quarter a numeral names: roman or arabic, ordinal or not.
    private static let numerals: [String: Int] = [
        "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4,
        "1er": 1, "1ro": 1, "1o": 1, "1°": 1, "1º": 1, "primer": 1, "primero": 1,
        "2do": 2, "2o": 2, "2°": 2, "2º": 2, "segundo": 2,
        "3er": 3, "3ro": 3, "3o": 3, "3°": 3, "3º": 3, "tercer": 3, "tercero": 3,
        "4to": 4, "4o": 4, "4°": 4, "4º": 4, "cuarto": 4,
    ]

    /// Words left out of a stem, so "% Avance Actividad" equals "% de Avance Actividad".
    private static let filler: Set<String> = ["de", "del", "la", "el", "al"]

    /// The stem of a header without a quarter, comparable with `QuarterHeader.stem`.
    static func stem(_ text: String) -> String {
        words(text).filter { !filler.contains($0) }.joined(separator: " ")
    }

    /// Splits `text` (a header as written); nil when it names no quarter.
    init?(_ text: String) {
        var words = Self.words(text)
        var found: (range: Range<Int>, quarter: Int)?
        for index in words.indices {
            let word = words[index]
            if Self.markers.contains(word), index + 1 < words.count, let q = Self.numerals[words[index + 1]] {
                found = (index..<index + 2, q)
            } else if let q = Self.numerals[word], index + 1 < words.count, words[index + 1].hasPrefix("trim") {
                found = (index..<index + 2, q)
            } else if let q = Self.fused(word) {
                found = (index..<index + 1, q)
            }
            if found != nil { break }
        }
        guard let found else { return nil }
        words.removeSubrange(found.range)
        stem = words.filter { !Self.filler.contains($0) }.joined(separator: " ")
        quarter = found.quarter
    }

    /// A marker and a numeral written as one word: "t3", "trim3", "trimestre3", "q3".
    private static func fused(_ word: String) -> Int? {
        for marker in ["trimestre", "trim.", "trim", "t", "q"] where word.hasPrefix(marker) {
            if let q = numerals[String(word.dropFirst(marker.count))], word.count > marker.count { return q }
        }
        return nil
    }

    /// The header's words, normalised (no case, accents or line breaks), with punctuation other
    /// than '%' and '°' around them removed.
    private static func words(_ text: String) -> [String] {
        HeaderName.normalise(text).split(separator: " ").map { word in
            String(word).trimmingCharacters(in: CharacterSet(charactersIn: ":;,()[]-_/"))
        }.filter { !$0.isEmpty }
    }
}
