/// Everything the data side reads from a content folder, validated: the model and what comes with
/// it (participation dates, territory outlines with their bounding boxes, the cuts' original files).
public struct SourceData: Sendable {
    public var data: CityData
    /// Participation dates from `agenda.csv`, in order.
    public var agenda: [AgendaEvent] = []
    /// Territory outlines from `geo/*.geojson`, when present.
    public var shapes: TerritoryShapes? = nil
    /// Each cut's source file as received, with its size and SHA-256.
    public var originals: [ReportCut: OriginalFile] = [:]
    /// How long each Cuadro 1S source took to read, in file order.
    public var readTimes: [SourceReadTime] = []

    public init(data: CityData) {
        self.data = data
    }
}
