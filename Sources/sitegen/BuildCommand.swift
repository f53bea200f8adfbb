import ArgumentParser
import Foundation
import SiteGen

/// `sitegen build`: reads the content, writes the site and datasets, prints a one-line summary.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into the output folder.")

    @OptionGroup var source: SourceOptions

    @Option(help: "Output folder; replaced only when the build succeeds.")
    var output: String = "output"

    @Option(help: "Theme folder (default: themes/default inside or beside the content folder, else the built-in theme).")
    var theme: String?

    @OptionGroup var site: SiteOptions

    @Flag(help: "Print how long each stage of the build took.")
    var timings = false

    func run() throws {
        FreedMemory.limitArenas(content: source.contentURL)
        let builder = SiteBuilder(options: .init(content: source.contentURL, output: URL(fileURLWithPath: output),
                                                 theme: theme.map { URL(fileURLWithPath: $0) }, strict: source.strict,
                                                 baseURL: site.baseURL))
        do {
            let summary = try builder.build()
            DiagnosticPrinter.print(summary.diagnostics, format: source.format)
            for note in summary.notes { FileHandle.standardError.write(Data("sitegen: note: \(note)\n".utf8)) }
            let seconds = String(format: "%.2f", summary.seconds)
            if timings { FileHandle.standardError.write(Data((summary.timings.report + "\n").utf8)) }
            print("sitegen: \(summary.pages) pages, \(summary.datasets) datasets, \(summary.files) files in \(seconds) s → \(output)")
        } catch SiteBuilder.BuildError.invalidSources(let diagnostics) {
            DiagnosticPrinter.print(diagnostics, format: source.format)
            FileHandle.standardError.write(Data("sitegen: build failed; \(output) was left as it was\n".utf8))
            throw ExitCode.failure
        } catch {
            FileHandle.standardError.write(Data("sitegen: error: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
