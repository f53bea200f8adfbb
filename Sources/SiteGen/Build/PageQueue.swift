import Foundation
import Synchronization

/// The pages left to render, taken one at a time by each core's worker: the jobs known now, then
/// the jobs of `later` (the catalog's pages, once the catalog is ready). The first worker that
/// runs out of jobs asks `later` for them; the others wait for that rather than finish early.
final class PageQueue: Sendable {
    /// One worker per core.
    static var workers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    private struct State: ~Copyable {
        var jobs: [PageJob]
        var next = 0
        var later: (@Sendable () throws -> [PageJob])?
    }
    private let state: Mutex<State>

    init(now: [PageJob], later: (@Sendable () throws -> [PageJob])?) {
        state = Mutex(State(jobs: now, later: later))
    }

    /// The next job; nil when every job was taken. Throws what `later` threw.
    func take() throws -> PageJob? {
        try state.withLock { state throws -> PageJob? in
            if state.next == state.jobs.count, let later = state.later {
                // Asked under the lock: the other workers wait here for the jobs it gives.
                state.later = nil
                state.jobs += try later()
            }
            guard state.next < state.jobs.count else { return nil }
            state.next += 1
            return state.jobs[state.next - 1]
        }
    }

    /// Number of jobs, once every one was taken.
    var count: Int { state.withLock { $0.jobs.count } }
}
