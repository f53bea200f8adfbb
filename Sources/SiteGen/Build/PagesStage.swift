import Foundation
import OpenData
import Synchronization

/// Renders every HTML page: makes each page's view model and runs it through the theme, one
/// worker per core (Markdown parsing stays serialised inside MarkdownRenderer), each page written
/// as soon as it is ready.
struct PagesStage {
    let runner: any JobRunner
    let theme: Theme
    let content: SiteContent

    /// Renders the jobs of `now`, then those `later` gives (it may wait for them: the other pages
    /// render meanwhile); returns the number of pages.
    func run(now: [PageJob], later: @escaping @Sendable () throws -> [PageJob]) throws -> Int {
        let queue = PageQueue(now: now, later: later)
        let failures = FailureBox()
        let laterFailure = Mutex<(any Error)?>(nil)
        DispatchQueue.concurrentPerform(iterations: PageQueue.workers) { _ in
            while true {
                let job: PageJob
                do {
                    guard let next = try queue.take() else { return }
                    job = next
                } catch {
                    laterFailure.withLock { $0 = error }
                    return
                }
                do { try runner.render(job, theme: theme, content: content) } catch { failures.record("\(error)") }
            }
        }
        if let error = laterFailure.withLock({ $0 }) { throw error }
        if let first = failures.first { throw SiteBuilder.BuildError.output(first) }
        return queue.count
    }
}
