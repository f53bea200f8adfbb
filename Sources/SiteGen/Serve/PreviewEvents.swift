import Foundation

/// The state open tabs follow: a build number that grows with every successful rebuild, and the
/// problems of the last build when it failed (the site then stays as it was).
public actor PreviewEvents {
    public private(set) var version = 0
    public private(set) var failure: PreviewFailure?

    public init() {}

    /// A rebuild succeeded: tabs reload.
    public func built() {
        version += 1
        failure = nil
    }

    /// A rebuild failed: tabs show the error page over the last good site.
    public func failed(_ failure: PreviewFailure) {
        self.failure = failure
    }

    /// Waits up to `timeout` seconds for a build newer than `since` (or a change of the error
    /// state), then answers the JSON the script reads: `{"version": N, "error": true|false}`.
    public func next(since: Int, hadError: Bool = false, timeout: Double = 20) async -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while version <= since && (failure != nil) == hadError && Date() < deadline {
            try? await Task.sleep(nanoseconds: 20_000_000)
        }
        return "{\"version\": \(version), \"error\": \(failure != nil)}"
    }
}

/// Why the last rebuild failed, as the terminal printed it.
public struct PreviewFailure: Sendable {
    public var summary: String
    public var lines: [String]

    public init(summary: String, lines: [String]) {
        self.summary = summary
        self.lines = lines
    }
}
