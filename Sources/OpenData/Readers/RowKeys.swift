/// The key cells every row-based reader checks the same way — the territory and the BP code —
/// and the problems it reports when they cannot be read.
enum RowKeys {
    /// Why `text` names no territory of the catalog.
    static func territoryProblem(_ text: String) -> CellProblem {
        text.isEmpty ? .missingTerritory : .unknownTerritory(text: text)
    }

    /// Why `bp` cannot be a BP code (it becomes a URL segment), or nil when it can.
    static func bpProblem(_ bp: String) -> CellProblem? {
        if Slug.isSafeSegment(bp) { return nil }
        return bp.isEmpty ? .missingBPCode : .invalidBPCode(text: bp)
    }
}
