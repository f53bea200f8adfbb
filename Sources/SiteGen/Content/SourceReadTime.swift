import Foundation

/// How long reading one Cuadro 1S source took, from its bytes to its validated rows (decoding,
/// parsing, checking), for `sitegen check --timings`.
public struct SourceReadTime: Sendable {
    /// The source as messages name it (`content/informes-1s/2025-T1.csv`).
    public var path: String
    public var seconds: Double

    /// One line per source: `  content/informes-1s/2025-T1.csv    0.412 s`.
    public static func report(_ times: [SourceReadTime]) -> String {
        let width = times.map(\.path.count).max() ?? 0
        return times.map { time in
            "  " + time.path.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: "  %7.3f s", time.seconds)
        }.joined(separator: "\n")
    }
}
