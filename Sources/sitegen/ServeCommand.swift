import ArgumentParser
import Foundation
import SiteGen

/// `sitegen serve`: live preview for editors. Builds, serves on 127.0.0.1, rebuilds what a change
/// needs and reloads open tabs; errors show in the terminal and over the page.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve the site on 127.0.0.1 and rebuild on every change (live preview).")

    @OptionGroup var source: SourceOptions

    @Option(help: "Output folder the preview builds into and serves.")
    var output: String = "output"

    @Option(help: "Theme folder (default: themes/default inside or beside the content folder, else the built-in theme).")
    var theme: String?

    @OptionGroup var site: SiteOptions

    @Option(help: "Port on 127.0.0.1.")
    var port: UInt16 = 8000

    @Flag(help: "Print how long each stage of every rebuild took.")
    var timings = false

    /// Prints a line at once (stdout may be a pipe, which would buffer it).
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    func run() throws {
        FreedMemory.limitArenas(content: source.contentURL)
        let options = SiteBuilder.Options(content: source.contentURL, output: URL(fileURLWithPath: output),
                                          theme: theme.map { URL(fileURLWithPath: $0) }, strict: source.strict,
                                          baseURL: site.baseURL)
        let format = source.format
        let timings = self.timings
        let server = PreviewServer(options: options, port: port)
        do {
            try server.run { event in
                switch event {
                case .listening(let url):
                    Self.say("sitegen serve: \(url.absoluteString) (Ctrl-C to stop); watching \(options.content.path)")
                case .built(let outcome, let changed, let ms):
                    DiagnosticPrinter.print(outcome.summary.diagnostics, format: format, quietWhenClean: true)
                    let what = changed.isEmpty ? "built" : "rebuilt after \(changed.count) change(s)"
                    Self.say("sitegen serve: \(what) in \(String(format: "%.0f", ms)) ms: \(outcome.summary.pages) pages, "
                          + "\(outcome.written) file(s) written, \(outcome.removed) removed")
                    if timings { Self.say(outcome.summary.timings.report) }
                case .failed(let error, _):
                    if case SiteBuilder.BuildError.invalidSources(let diagnostics) = error {
                        DiagnosticPrinter.print(diagnostics, format: format)
                    }
                    FileHandle.standardError.write(Data("sitegen serve: build failed (\(error)); still serving the last good site\n".utf8))
                }
            }
        } catch {
            FileHandle.standardError.write(Data("sitegen serve: cannot serve on 127.0.0.1:\(port): \(error); try --port\n".utf8))
            throw ExitCode.failure
        }
    }
}
