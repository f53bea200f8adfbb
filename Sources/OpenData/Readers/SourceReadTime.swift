import Foundation

/// How long reading one Cuadro 1S or contracts source took, from its bytes to its validated rows (decoding,
/// parsing, checking), for `sitegen check --timings`.
public struct SourceReadTime: Sendable {
    /// The source as messages name it (`content/informes-1s/2025-T1.csv`).
    public var path: String
    public var seconds: Double
    /// The process's CPU time over the same span (all threads), steadier than `seconds` on a busy
    /// machine; nil where the system does not tell it.
    public var cpuSeconds: Double?

    /// When a read began, by the wall clock and by the process's CPU clock.
    public struct Start: Sendable {
        let wall = ContinuousClock.now
        let cpu = SourceReadTime.processCPUSeconds()
        public init() {}
    }

    /// The time from `start` until now.
    public init(path: String, since start: Start) {
        self.path = path
        seconds = (ContinuousClock.now - start.wall) / .seconds(1)
        cpuSeconds = start.cpu.flatMap { before in Self.processCPUSeconds().map { $0 - before } }
    }

    /// CPU time used by this process so far, all threads.
    static func processCPUSeconds() -> Double? {
        var now = timespec()
        guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now) == 0 else { return nil }
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// One line per source: `  content/informes-1s/2025-T1.csv    0.412 s   CPU 0.398 s`.
    public static func report(_ times: [SourceReadTime]) -> String {
        let width = times.map(\.path.count).max() ?? 0
        return times.map { time in
            "  " + time.path.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: "  %7.3f s", time.seconds)
                + (time.cpuSeconds.map { String(format: "   CPU %.3f s", $0) } ?? "")
        }.joined(separator: "\n")
    }
}
