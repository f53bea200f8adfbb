import Foundation
import Synchronization

/// Work started on a thread of its own, whose result is waited for later: lets a stage that runs
/// mostly on one core (the data files and catalog) overlap with work spread over the cores.
///
/// A plain thread rather than a dispatch queue, so it takes no worker from the pool that
/// `DispatchQueue.concurrentPerform` uses, and its own parallel loops keep their full width.
final class BackgroundWork<Value: Sendable>: Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// The work's value or error, and how long it took; set once, by the work's thread.
    private let finished = Mutex<(result: Result<Value, Error>, seconds: Double)?>(nil)

    init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            let started = Date()
            let result = Result { try work() }
            let seconds = Date().timeIntervalSince(started)
            finished.withLock { $0 = (result, seconds) }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// How long the work took (read after `wait()`; 0 before it finished).
    var seconds: Double { finished.withLock { $0?.seconds ?? 0 } }

    /// Waits for the work to finish; its value, or the error it threw.
    func wait() throws -> Value {
        done.wait()
        done.signal() // a second wait returns at once
        return try finished.withLock { $0!.result }.get()
    }
}
