/// The rows of a table, in order: held as cells, or made from the model each time one is read.
///
/// At national scale the `actividades` tables alone would hold hundreds of megabytes of cells
/// while the data files are written; a table made on demand holds only where each row comes from,
/// and each writer makes a row, writes it and drops it.
public struct TableRows: RandomAccessCollection, Sendable, Hashable, ExpressibleByArrayLiteral {
    private enum Storage: Sendable {
        case held([[Cell]])
        case made(count: Int, row: @Sendable (Int) -> [Cell])
    }

    private let storage: Storage

    public init(_ rows: [[Cell]]) {
        storage = .held(rows)
    }

    public init(arrayLiteral rows: [Cell]...) {
        storage = .held(rows)
    }

    /// `count` rows, row `i` made by `row(i)` whenever it is read.
    public init(count: Int, row: @escaping @Sendable (Int) -> [Cell]) {
        storage = .made(count: count, row: row)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .held(let rows): return rows.count
        case .made(let count, _): return count
        }
    }

    public subscript(index: Int) -> [Cell] {
        switch storage {
        case .held(let rows): return rows[index]
        case .made(_, let row): return row(index)
        }
    }

    public static func == (a: TableRows, b: TableRows) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for row in self { hasher.combine(row) }
    }
}
