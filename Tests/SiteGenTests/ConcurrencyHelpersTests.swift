import Foundation
import Synchronization
import Testing
@testable import OpenData
@testable import SiteGen

/// The Mutex-based helpers of Concurrency/ (and OpenData's `Once`), under parallel use.
@Suite(.tags(.unit)) struct ConcurrencyHelpersTests {
    @Test func resultSlotsKeepEachParallelResultInItsSlot() throws {
        let slots = ResultSlots<Int>(count: 1_000)
        DispatchQueue.concurrentPerform(iterations: 1_000) { index in
            slots.set(index, index == 500 ? .failure(CocoaError(.fileNoSuchFile)) : .success(index * 2))
        }
        for index in 0..<1_000 where index != 500 { #expect(try slots.get(index) == index * 2) }
        #expect(throws: CocoaError.self) { try slots.get(500) }
    }

    @Test func failureBoxGivesTheSameFirstFailureWhateverTheOrder() {
        let failures = FailureBox()
        #expect(failures.first == nil)
        DispatchQueue.concurrentPerform(iterations: 200) { index in failures.record("failure \(1_000 - index)") }
        #expect(failures.first == "failure 1000") // the least in text order
    }

    /// `Once` is OpenData's (the catalog plan makes the DCAT graph once for two documents).
    @Test func onceIsMadeOnceForAllThreads() throws {
        final class Counter: Sendable { let count = Mutex(0) }
        let makes = Counter()
        let shared = Once<[Int]> {
            makes.count.withLock { $0 += 1 }
            Thread.sleep(forTimeInterval: 0.01)
            return Array(0..<10)
        }
        let seen = ResultSlots<[Int]>(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { index in seen.set(index, .success(shared.value)) }
        for index in 0..<64 { #expect(try seen.get(index) == Array(0..<10)) }
        #expect(makes.count.withLock { $0 } == 1)
    }

    @Test func backgroundWorkGivesItsValueOrErrorToEveryWait() throws {
        let work = BackgroundWork { () -> Int in
            Thread.sleep(forTimeInterval: 0.02)
            return 42
        }
        #expect(try work.wait() == 42)
        #expect(try work.wait() == 42)
        #expect(work.seconds >= 0.02)
        let failing = BackgroundWork { () throws -> Int in throw CocoaError(.fileNoSuchFile) }
        #expect(throws: CocoaError.self) { try failing.wait() }
    }
}
