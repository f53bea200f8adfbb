import Foundation

/// How long each stage of one build took, in the order they ran, and the process's peak memory
/// when it ended (`sitegen build --timings`).
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double, peakMB: Int?)] = []
    private var last = Date()

    public init() {}

    /// Closes the stage that ran since the previous mark.
    mutating func mark(_ name: String) {
        let now = Date()
        stages.append((name, now.timeIntervalSince(last), Self.peakMemoryMB()))
        last = now
    }

    /// Adds a stage that ran alongside the others (it does not close the current one).
    mutating func record(_ name: String, seconds: Double) {
        stages.append((name, seconds, Self.peakMemoryMB()))
    }

    /// One line per stage: `  pages    0.412 s   peak 212 MB`.
    public var report: String {
        let width = stages.map(\.name.count).max() ?? 0
        return stages.map { stage in
            "  " + stage.name.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: "  %7.3f s", stage.seconds)
                + (stage.peakMB.map { "   peak \($0) MB" } ?? "")
        }.joined(separator: "\n")
    }

    /// The process's peak resident memory so far (`VmHWM` of /proc/self/status), where Linux tells it.
    static func peakMemoryMB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kilobytes / 1024
    }
}
