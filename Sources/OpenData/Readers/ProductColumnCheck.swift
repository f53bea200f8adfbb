import Foundation

/// The Cuadro 1S product columns ("Cód Producto MGA", "Nombre Producto MGA", "Programación PI Año n")
/// are sometimes labelled in another order than the values under them: the real T1 2025 cut holds the
/// programmed quantity under "Cód Producto MGA", the code under "Nombre Producto MGA" and the name
/// under "Programación PI Año 1". This check reads the columns by what they hold when the labels are
/// clearly wrong for most rows.
enum ProductColumnCheck {
    struct Realignment {
        var code: Int
        var name: Int
        /// The labels the code and the name were found under, for the warning.
        var problem: SourceProblem
    }

    /// MGA product codes are seven digits.
    static func isCode(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        return t.count == 7 && t.allSatisfy(\.isASCII) && t.allSatisfy(\.isNumber)
    }

    static func isName(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        return t.count > 3 && t.contains { $0.isLetter }
    }

    /// How many data rows the check looks at.
    static let sampleRows = 500

    /// Looks at up to `sampleRows` data rows; returns the columns to read instead, or nil when the labels fit.
    static func realignment(header: HeaderMap, rows: ArraySlice<CSVRecord>, code: Int?, name: Int?) -> Realignment? {
        guard let code, let name else { return nil }
        let programmed = header.names.indices.first { HeaderName.normalise(header.names[$0]).hasPrefix("programacion pi") }
        let candidates = [code, name] + (programmed.map { [$0] } ?? [])
        let sample = rows.prefix(sampleRows).filter { $0.fields.count > candidates.max()! }
        guard sample.count >= 5 else { return nil }
        func share(_ column: Int, _ test: (String) -> Bool) -> Double {
            Double(sample.count { test($0[column]) }) / Double(sample.count)
        }
        guard share(code, isCode) < 0.5 else { return nil }
        guard let codeColumn = candidates.first(where: { share($0, isCode) >= 0.8 }),
              let nameColumn = candidates.first(where: { $0 != codeColumn && share($0, isName) >= 0.8 }) else { return nil }
        let label = { (index: Int) in HeaderName.display(header.names[index]) }
        return Realignment(code: codeColumn, name: nameColumn,
                           problem: .productColumnsRealigned(codeColumn: label(codeColumn), nameColumn: label(nameColumn)))
    }
}
