/// The key cells every row-based reader checks the same way — the territory and the BP code —
/// and the messages it reports when they cannot be read (also translated in DiagnosticSpanish).
public enum RowKeys {
    /// Why `text` names no territory of the catalog.
    public static func territoryProblem(_ text: String) -> String {
        text.isEmpty ? "the row has no territory" : unknownTerritory(text)
    }

    /// An unknown territory, with the fix: every reader of a territory cell says the same.
    public static func unknownTerritory(_ text: String) -> String {
        "unknown territory \"\(PrintableText.escaped(text))\"; add it to territorios.csv as an alias of a territory or as an aggregate (tipo agregado)"
    }

    /// Why `bp` cannot be a BP code (it becomes a URL segment), or nil when it can.
    static func bpProblem(_ bp: String) -> String? {
        if Slug.isSafeSegment(bp) { return nil }
        return bp.isEmpty ? "the row has no BP code" : "\"\(PrintableText.escaped(bp))\" is not a valid BP code"
    }
}
