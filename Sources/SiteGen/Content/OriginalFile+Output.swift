import OpenData

extension OriginalFile {
    /// Where the copy is published: in the cut's page folder (`informes/2025-T2/2025-T2.xlsx`).
    public var outputPath: String { ReportPage.path(cut) + fileName }
}
