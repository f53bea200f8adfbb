/// Where each Cuadro 1S column is in one cut's header row, found by meaning: quarter columns by
/// what they measure and their quarter however it is written, the others by name without case,
/// accents, line breaks or filler words. A cut may carry any subset of the quarters (the
/// half-year cuts carry 42 columns instead of 52): a quarter it lacks has no column and reads empty.
struct Cuadro1SLayout {
    private var positions = [Int?](repeating: nil, count: Cuadro1SColumn.allCases.count)
    /// The "% de Avance Producto" column of quarters I–IV; nil where the cut has none.
    private(set) var productProgress: [Int?] = [nil, nil, nil, nil]

    subscript(column: Cuadro1SColumn) -> Int? {
        get { positions[column.ordinal] }
        set { positions[column.ordinal] = newValue }
    }

    /// The columns without a quarter, by the stem of their header.
    private static let byName: [String: Cuadro1SColumn] = Dictionary(
        Cuadro1SColumn.allCases.filter { $0.quarterly == nil && $0 != .productProgress }
            .map { (QuarterHeader.stem($0.rawValue), $0) },
        uniquingKeysWith: { first, _ in first })

    private static let byStem: [String: [Cuadro1SColumn]] = Dictionary(
        Cuadro1SColumn.quarterly.map { ($0.stem, $0.columns) }, uniquingKeysWith: { first, _ in first })

    private static let productProgressStem = QuarterHeader.stem(Cuadro1SColumn.productProgress.rawValue)

    /// Reads the header cells `names`; where a name appears twice the first one counts. A "% de
    /// Avance Producto" without its own quarter takes the quarter of the product columns just
    /// before it ("Ejecución Fisica Trimestre III", "Explicación Producto Trim III"), or else the
    /// first quarter still free.
    init(names: [String]) {
        var productQuarter: Int?
        var unplaced: [Int] = []
        for (index, name) in names.enumerated() {
            if let column = Self.byName[QuarterHeader.stem(name)] {
                if self[column] == nil { self[column] = index }
            } else if let quarterly = QuarterHeader(name) {
                if let columns = Self.byStem[quarterly.stem], self[columns[quarterly.quarter - 1]] == nil {
                    self[columns[quarterly.quarter - 1]] = index
                } else if quarterly.stem == Self.productProgressStem, productProgress[quarterly.quarter - 1] == nil {
                    productProgress[quarterly.quarter - 1] = index
                }
                if Cuadro1SColumn.productQuarterStems.contains(quarterly.stem) { productQuarter = quarterly.quarter }
            } else if QuarterHeader.stem(name) == Self.productProgressStem {
                if let quarter = productQuarter, productProgress[quarter - 1] == nil {
                    productProgress[quarter - 1] = index
                } else {
                    unplaced.append(index)
                }
                productQuarter = nil
            }
        }
        var free = productProgress.indices.filter { productProgress[$0] == nil }
        for index in unplaced where !free.isEmpty {
            productProgress[free.removeFirst()] = index
        }
        self[.productProgress] = productProgress.compactMap { $0 }.first
    }
}
