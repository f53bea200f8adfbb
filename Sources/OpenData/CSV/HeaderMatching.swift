import Foundation

/// Compares header cells the way people write them: without case, accents, line breaks or repeated
/// spaces ("% de Avance Actividad\nTrimestre I" equals "% DE AVANCE ACTIVIDAD TRIMESTRE I").
public enum HeaderName {
    public static func normalise(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "es_CO"))
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// Where each named column is in a table whose header row may sit below title rows and may repeat a
/// name (told apart by position: the first "% de Avance Producto" is occurrence 0).
public struct HeaderMap: Sendable {
    /// Index of the header row among the records.
    public let headerIndex: Int
    /// The header cells as written (trimmed).
    public let names: [String]
    private let positions: [String: [Int]]

    /// How many records from the top the header may be found in.
    public static let searchRows = 40

    /// Finds the header row among the first `searchRows` records: the first row that holds every
    /// `required` name, or else the row holding most of them. Nil when no row holds any.
    public init?(records: [CSVRecord], required: [String], searchRows: Int = HeaderMap.searchRows) {
        let wanted = Set(required.map(HeaderName.normalise))
        var best: (index: Int, hits: Int)?
        for (index, record) in records.prefix(searchRows).enumerated() {
            let cells = Set(record.fields.map(HeaderName.normalise))
            let hits = wanted.intersection(cells).count
            if hits > (best?.hits ?? 0) { best = (index, hits) }
            if hits == wanted.count { break }
        }
        guard let found = best else { return nil }
        headerIndex = found.index
        names = records[found.index].fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        var positions: [String: [Int]] = [:]
        for (column, name) in names.enumerated() {
            positions[HeaderName.normalise(name), default: []].append(column)
        }
        self.positions = positions
    }

    /// The 0-based column of `name`'s `occurrence`-th appearance.
    public func column(_ name: String, occurrence: Int = 0) -> Int? {
        let all = positions[HeaderName.normalise(name)] ?? []
        return occurrence < all.count ? all[occurrence] : nil
    }

    public func contains(_ name: String) -> Bool { column(name) != nil }
}
