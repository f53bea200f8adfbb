import Foundation
import OpenData
import Synchronization
import Testing
@testable import SiteGen

/// The parts of the build pipeline that decide what a page can read and in what order pages come.
@Suite(.tags(.unit)) struct BuildPipelineTests {
    static let content: SiteContent = {
        let (content, _) = SiteBuilder(options: .init(content: TestSupport.defaultContent, output: URL(fileURLWithPath: "/dev/null"),
                                                      environment: [:])).check()
        return content!
    }()

    func job(_ reads: ContentParts) -> PageJob {
        PageJob("prueba/", template: "page", reads: reads, of: Self.content) { $0 }
    }

    @Test func aPageSeesOnlyThePartsItDeclares() throws {
        let full = Self.content
        #expect(!full.pages.isEmpty && !full.agenda.isEmpty && !full.data.reports.isEmpty && !full.originals.isEmpty)

        let dataOnly = try #require(job(.data).model() as? SiteContent)
        #expect(dataOnly.data.reports.count == full.data.reports.count)
        #expect(dataOnly.originals.count == full.originals.count)
        #expect(dataOnly.pages.isEmpty)
        #expect(dataOnly.agenda.isEmpty)
        #expect(dataOnly.diagnostics.items.isEmpty)

        let pagesOnly = try #require(job(.pageList).model() as? SiteContent)
        #expect(pagesOnly.pages.count == full.pages.count)
        #expect(pagesOnly.data.reports.isEmpty)
        #expect(pagesOnly.data.territories.territories.isEmpty)
        #expect(pagesOnly.originals.isEmpty)
        #expect(pagesOnly.config.title == full.config.title)

        let agenda = try #require(job([.agenda, .diagnostics]).model() as? SiteContent)
        #expect(agenda.agenda == full.agenda)
        #expect(agenda.diagnostics.items == full.diagnostics.items)
        #expect(agenda.pages.isEmpty && agenda.data.reports.isEmpty)
    }

    @Test func laterJobsComeOnceTheOthersAreTaken() throws {
        let asked = LockedFlag()
        let queue = PageQueue(now: [job(.data), job(.pageList)], later: {
            asked.set()
            return [PageJob("catalogo/", template: "catalog", from: 1) { $0 }]
        })
        #expect(try queue.take()?.reads == .data)
        #expect(try queue.take()?.reads == .pageList)
        #expect(!asked.value)
        #expect(try queue.take()?.path == "catalogo/")
        #expect(asked.value)
        #expect(try queue.take() == nil)
        #expect(queue.count == 3)
    }

    @Test func aFailureOfTheLaterJobsIsThrown() throws {
        struct Failure: Error {}
        let queue = PageQueue(now: [], later: { throw Failure() })
        #expect(throws: Failure.self) { try queue.take() }
        #expect(try queue.take() == nil)
    }

    @Test func aProjectPageInputChangesOnlyWithItsOwnRows() throws {
        let data = Self.content.limited(to: .data)
        let latest = data.data.reports.count - 1
        let codes = Set(data.data.projects.map(\.bp)).sorted()
        try #require(codes.count >= 2)
        var edited = data
        var report = edited.data.reports[latest]
        let index = try #require(report.projects.firstIndex { $0.bp == codes[0] })
        report.projects[index].name += " (corregido)"
        edited.data.reports[latest] = report
        #expect(ProjectPageInput(bp: codes[0], reportIndex: latest, content: data) != ProjectPageInput(bp: codes[0], reportIndex: latest, content: edited))
        #expect(ProjectPageInput(bp: codes[1], reportIndex: latest, content: data) == ProjectPageInput(bp: codes[1], reportIndex: latest, content: edited))
        #expect(ProjectPageInput(bp: codes[1], reportIndex: latest, content: data).hashValue
            == ProjectPageInput(bp: codes[1], reportIndex: latest, content: edited).hashValue)
    }
}

/// A flag set from another closure.
final class LockedFlag: Sendable {
    private let flag = Mutex(false)
    func set() { flag.withLock { $0 = true } }
    var value: Bool { flag.withLock { $0 } }
}
