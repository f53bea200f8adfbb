import Synchronization

/// What each job of the last good build made (its files' fingerprints and its value), by job name
/// and by the hash of the input it was made from (`sitegen serve`).
final class JobMemo: Sendable {
    private struct Made {
        var key: Int
        var value: any Sendable
    }

    private struct State {
        var last: [String: Made] = [:]
        var now: [String: Made] = [:]
    }
    private let state = Mutex(State())

    /// What the last good build made for `name` from an input of the same `key`, if it did.
    func unchanged<T: Sendable>(_ name: String, key: Int) -> T? {
        state.withLock { state in
            guard let made = state.last[name], made.key == key, let value = made.value as? T else { return nil }
            state.now[name] = made
            return value
        }
    }

    /// Records what was made for `name` from `key` in the build under way (kept if it succeeds).
    func record<T: Sendable>(_ name: String, key: Int, _ value: T) {
        state.withLock { $0.now[name] = Made(key: key, value: value) }
    }

    /// Ends a build: a good one's records are what the next build compares with.
    func endBuild(succeeded: Bool) {
        state.withLock {
            if succeeded { $0.last = $0.now }
            $0.now = [:]
        }
    }
}
