import Foundation

/// The pages left to render, taken one at a time by each core's worker. Jobs that can only be
/// made later (the catalog's pages, once the data files are written) are added by the first
/// worker that runs out; the other workers wait for them rather than finish early.
final class PageQueue: @unchecked Sendable {
    /// One worker per core.
    static var workers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    private let condition = NSCondition()
    private var jobs: [PageRenderer.Job]
    private var next = 0
    private var more: (@Sendable () throws -> [PageRenderer.Job])?
    private var adding = false
    /// What `more` threw, if it did.
    private(set) var failure: Error?

    init(_ jobs: [PageRenderer.Job], more: (@Sendable () throws -> [PageRenderer.Job])?) {
        self.jobs = jobs
        self.more = more
    }

    /// The next job; nil when every job was taken.
    func take() -> PageRenderer.Job? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if next < jobs.count {
                next += 1
                return jobs[next - 1]
            }
            if let more {
                self.more = nil
                adding = true
                condition.unlock()
                let added = Result { try more() }
                condition.lock()
                adding = false
                switch added {
                case .success(let extra): jobs += extra
                case .failure(let error): failure = error
                }
                condition.broadcast()
                continue
            }
            if adding {
                condition.wait()
                continue
            }
            return nil
        }
    }

    /// Number of jobs, once every one was taken.
    var count: Int { condition.withLock { jobs.count } }
}
