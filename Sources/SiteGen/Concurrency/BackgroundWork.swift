import Foundation

/// Work started on a thread of its own, whose result is waited for later: lets a stage that runs
/// mostly on one core (the data files and catalog) overlap with work spread over the cores.
///
/// A plain thread rather than a dispatch queue, so it takes no worker from the pool that
/// `DispatchQueue.concurrentPerform` uses, and its own parallel loops keep their full width.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, Error>?
    /// How long the work took (read after `wait()`).
    private(set) var seconds = 0.0

    init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            let started = Date()
            result = Result { try work() }
            seconds = Date().timeIntervalSince(started)
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the work to finish; its value, or the error it threw.
    func wait() throws -> Value {
        done.wait()
        done.signal() // a second wait returns at once
        return try result!.get()
    }
}
