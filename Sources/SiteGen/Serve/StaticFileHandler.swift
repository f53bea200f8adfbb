import FlyingFox
import Foundation

/// Serves the built site from its folder the way a static host does: `/` and `/dir/` answer with
/// the folder's `index.html`, `/dir` redirects to `/dir/`, each file gets its content type, and
/// nothing outside the folder can be reached. HTML pages get the live-reload script added on the
/// way out (the files on disk never hold it).
public struct StaticFileHandler: HTTPHandler {
    public let root: URL
    let events: PreviewEvents

    public init(root: URL, events: PreviewEvents) {
        self.root = root.standardizedFileURL
        self.events = events
    }

    public func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed)
        }
        // The raw target: FlyingFox's `request.path` is standardised and loses the trailing '/'.
        let requested = request.target.path()
        guard let relative = Self.relativePath(requested) else { return notFound() }
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let url = relative.isEmpty ? root : root.appendingPathComponent(relative)
        guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return notFound() }
        var file = url
        if isDirectory.boolValue {
            guard relative.isEmpty || requested.hasSuffix("/") else {
                var headers = HTTPHeaders()
                headers[.location] = requested + "/"
                return HTTPResponse(statusCode: .movedPermanently, headers: headers)
            }
            file = url.appendingPathComponent("index.html")
            guard fm.fileExists(atPath: file.path) else { return notFound() }
        }
        guard var data = fm.contents(atPath: file.path) else { return notFound() }
        let type = ContentTypes.type(for: file.lastPathComponent)
        if type.hasPrefix("text/html") {
            data = Data(LiveReloadScript.inject(into: Array(data), version: await events.version))
        }
        var headers = HTTPHeaders()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        return HTTPResponse(statusCode: .ok, headers: headers, body: request.method == .HEAD ? Data() : data)
    }

    func notFound() -> HTTPResponse {
        HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                     body: Data("404: no existe esta página en el sitio construido\n".utf8))
    }

    /// The request path as a path inside the site folder, or nil when it would leave it.
    static func relativePath(_ requestPath: String) -> String? {
        let decoded = requestPath.removingPercentEncoding ?? requestPath
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") }) else { return nil }
        return segments.joined(separator: "/")
    }
}

/// Content types by file extension, for what a sitegen site holds.
enum ContentTypes {
    static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8", "jsonld": "application/ld+json; charset=utf-8",
        "csv": "text/csv; charset=utf-8", "txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8",
        "xml": "application/xml; charset=utf-8", "ttl": "text/turtle; charset=utf-8",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
        "gif": "image/gif", "webp": "image/webp", "ico": "image/vnd.microsoft.icon",
        "woff2": "font/woff2", "woff": "font/woff", "pdf": "application/pdf", "zip": "application/zip",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ods": "application/vnd.oasis.opendocument.spreadsheet",
        "webmanifest": "application/manifest+json",
    ]

    static func type(for name: String) -> String {
        let ext = (name as NSString).pathExtension.lowercased()
        return byExtension[ext] ?? "application/octet-stream"
    }
}
