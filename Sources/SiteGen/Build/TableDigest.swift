import OpenData
import Synchronization

/// The hash of one table's columns and rows, made by the first job that asks and then shared by
/// the jobs made from the same table (a dataset's CSV, JSON and spreadsheet), so `sitegen serve`
/// hashes each table once per build instead of once per file.
final class TableDigest: Sendable {
    private let made = Mutex<Int?>(nil)

    /// The hash of `table`'s columns and rows (the same table every call).
    func of(_ table: Table) -> Int {
        made.withLock { made in
            if let made { return made }
            var hasher = Hasher()
            hasher.combine(table.columns)
            hasher.combine(table.rows)
            let digest = hasher.finalize()
            made = digest
            return digest
        }
    }
}
