import FlyingFox
import Foundation
import OpenData
import Synchronization

/// `sitegen serve`: builds the site, serves it on 127.0.0.1, watches the content and theme
/// folders, rebuilds on every change and tells open tabs to reload (or to show the error page
/// while the last good site stays served).
public final class PreviewServer: Sendable {
    public let session: PreviewSession
    public let port: UInt16
    public let events = PreviewEvents()

    /// What happened, for the terminal: a build's outcome or its error, with the changed files.
    public enum Event: Sendable {
        case listening(URL)
        case built(PreviewSession.Outcome, changed: [String], milliseconds: Double)
        case failed(Error, changed: [String])
    }

    public init(options: SiteBuilder.Options, port: UInt16) {
        session = PreviewSession(options: options)
        self.port = port
    }

    /// Runs until the process is stopped; throws when the server cannot start (e.g. busy port).
    public func run(poll interval: Double = 0.05, report: @escaping @Sendable (Event) -> Void) throws -> Never {
        rebuild(changed: [], report: report)
        let options = session.options
        let theme = Theme.locate(explicit: options.theme, content: options.content)
        var watcher = FolderWatcher(folders: [options.content] + (theme.map { [$0] } ?? []))
        let handler = PreviewHandler(files: StaticFileHandler(root: options.output, events: events), events: events)
        let server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: port), logger: .disabled, handler: handler)
        let failure = ServerFailure()
        Task {
            do { try await server.run() } catch { failure.set(error) }
        }
        let ready = DispatchSemaphore(value: 0)
        Task {
            try? await server.waitUntilListening(timeout: 10)
            ready.signal()
        }
        ready.wait()
        if let error = failure.error { throw error }
        report(.listening(URL(string: "http://127.0.0.1:\(port)/")!))
        while true {
            Thread.sleep(forTimeInterval: interval)
            if let error = failure.error { throw error }
            let changed = watcher.changes()
            if !changed.isEmpty { rebuild(changed: changed, report: report) }
        }
    }

    func rebuild(changed: [String], report: @Sendable (Event) -> Void) {
        let started = Date()
        let events = self.events
        do {
            let outcome = try session.rebuild()
            let ms = Date().timeIntervalSince(started) * 1000
            blocking { await events.built() }
            report(.built(outcome, changed: changed, milliseconds: ms))
        } catch {
            var lines: [String] = []
            if case SiteBuilder.BuildError.invalidSources(let diagnostics) = error {
                lines = diagnostics.sorted.map(\.formatted)
            }
            let failure = PreviewFailure(summary: "\(error)", lines: lines)
            blocking { await events.failed(failure) }
            report(.failed(error, changed: changed))
        }
    }

    /// Runs async work to completion from the build thread.
    private func blocking(_ work: @escaping @Sendable () async -> Void) {
        let done = DispatchSemaphore(value: 0)
        Task {
            await work()
            done.signal()
        }
        done.wait()
    }
}

/// The preview's routes: the reload script, the event long-poll, the error page, then the site.
struct PreviewHandler: HTTPHandler {
    let files: StaticFileHandler
    let events: PreviewEvents

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        switch request.path {
        case LiveReloadScript.path:
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"],
                                body: Data(LiveReloadScript.source.utf8))
        case "/__sitegen/events":
            let since = request.query["since"].flatMap(Int.init) ?? -1
            let hadError = request.query["error"] == "1"
            let wait = request.query["wait"].flatMap(Double.init).map { min(max($0, 0), 20) } ?? 20
            let body = await events.next(since: since, hadError: hadError, timeout: wait)
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                                body: Data(body.utf8))
        case "/__sitegen/error":
            let page = ErrorPage.render(await events.failure)
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                                body: Data(page.utf8))
        default:
            return try await files.handleRequest(request)
        }
    }
}

/// The server task's error, read by the build loop.
final class ServerFailure: Sendable {
    private let stored = Mutex<Error?>(nil)

    func set(_ error: Error) { stored.withLock { $0 = error } }
    var error: Error? { stored.withLock { $0 } }
}
