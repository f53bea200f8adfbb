import Synchronization

/// Collects the failures of parallel work; `first` is the same whatever order they came in.
final class FailureBox: Sendable {
    private let failures = Mutex<[String]>([])

    func record(_ message: String) {
        failures.withLock { $0.append(message) }
    }

    var first: String? {
        failures.withLock { $0.min() }
    }
}
