import FlyingFox
import Foundation
import Testing
@testable import SiteGen

/// The preview's file handler answers like a static host and adds the reload script to HTML only
/// on the way out.
@Suite(.tags(.unit)) struct PreviewServerTests {
    func site() throws -> URL {
        let root = TestSupport.temporaryFolder("served")
        let files = ["index.html": "<html><body><p>Inicio</p></body></html>", "territorios/pance/index.html": "<html><body>Pance</body></html>",
                     "css/sitio.css": "body{}", "datos/ciudad-completa/proyectos.csv": "bp\r\nBP1\r\n", "datos/a.json": "[]"]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    func get(_ handler: StaticFileHandler, _ path: String) async throws -> HTTPResponse {
        // As the server decodes a request line (it standardises `path`, e.g. drops a trailing '/').
        try await handler.handleRequest(HTTPRequest(method: .GET, version: .http11, target: .init(path: path, query: ""),
                                                    headers: [:], body: HTTPBodySequence()))
    }

    @Test func foldersMapToIndexAndTypesAreRight() async throws {
        let root = try site()
        let handler = StaticFileHandler(root: root, events: PreviewEvents())
        let home = try await get(handler, "/")
        #expect(home.statusCode == .ok)
        #expect(home.headers[.contentType] == "text/html; charset=utf-8")
        let pance = try await get(handler, "/territorios/pance/")
        #expect(String(decoding: try await pance.bodyData, as: UTF8.self).contains("Pance"))
        let redirect = try await get(handler, "/territorios/pance")
        #expect(redirect.statusCode == .movedPermanently)
        #expect(redirect.headers[.location] == "/territorios/pance/")
        #expect(try await get(handler, "/css/sitio.css").headers[.contentType] == "text/css; charset=utf-8")
        #expect(try await get(handler, "/datos/ciudad-completa/proyectos.csv").headers[.contentType] == "text/csv; charset=utf-8")
        #expect(try await get(handler, "/datos/a.json").headers[.contentType] == "application/json; charset=utf-8")
        #expect(try await get(handler, "/no-existe/").statusCode == .notFound)
        #expect(try await get(handler, "/../../etc/passwd").statusCode == .notFound)
        #expect(try await get(handler, "/%2e%2e/%2e%2e/etc/passwd").statusCode == .notFound)
    }

    @Test func reloadScriptIsInjectedIntoServedHTMLOnly() async throws {
        let root = try site()
        let events = PreviewEvents()
        await events.built()
        let handler = StaticFileHandler(root: root, events: events)
        let body = String(decoding: try await get(handler, "/").bodyData, as: UTF8.self)
        #expect(body.contains("<script src=\"/__sitegen/reload.js\" data-version=\"1\"></script></body>"))
        let onDisk = try TestSupport.read(root.appendingPathComponent("index.html"))
        #expect(!onDisk.contains("__sitegen"))
        let css = String(decoding: try await get(handler, "/css/sitio.css").bodyData, as: UTF8.self)
        #expect(css == "body{}")
    }

    @Test func eventsAnswerWhenANewBuildArrives() async throws {
        let events = PreviewEvents()
        async let answer = events.next(since: 0, timeout: 5)
        try await Task.sleep(nanoseconds: 50_000_000)
        await events.built()
        #expect(await answer == "{\"version\": 1, \"error\": false}")
        await events.failed(PreviewFailure(summary: "1 error", lines: ["contenido/x.md:1:1: error: <roto>"]))
        #expect(await events.next(since: 1, hadError: false, timeout: 5) == "{\"version\": 1, \"error\": true}")
        let page = ErrorPage.render(await events.failure)
        #expect(page.contains("contenido/x.md:1:1: error: &lt;roto&gt;"))
    }
}
