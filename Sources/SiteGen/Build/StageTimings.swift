import Foundation

/// How long each stage of one build took, in the order they ran (`sitegen build --timings`).
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []
    private var last = Date()

    public init() {}

    /// Closes the stage that ran since the previous mark.
    mutating func mark(_ name: String) {
        let now = Date()
        stages.append((name, now.timeIntervalSince(last)))
        last = now
    }

    /// Adds a stage that ran alongside the others (it does not close the current one).
    mutating func record(_ name: String, seconds: Double) {
        stages.append((name, seconds))
    }

    /// One line per stage: `  pages    0.412 s`.
    public var report: String {
        let width = stages.map(\.name.count).max() ?? 0
        return stages.map { "  " + $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: "  %6.3f s", $0.seconds) }
            .joined(separator: "\n")
    }
}
