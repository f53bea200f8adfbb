import ArgumentParser
import Foundation
import OpenData
import SiteGen

/// `sitegen check`: reads and validates the content, reports every problem, writes nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Validate the content without writing anything.")

    @OptionGroup var source: SourceOptions

    @Flag(help: "Print how long reading each Cuadro 1S source took.")
    var timings = false

    func run() throws {
        let builder = SiteBuilder(options: .init(content: source.contentURL, output: URL(fileURLWithPath: "/dev/null"), strict: source.strict))
        let (content, diagnostics) = builder.check()
        DiagnosticPrinter.print(diagnostics, format: source.format)
        for note in content.map(SiteReadiness.missing) ?? [] { FileHandle.standardError.write(Data("sitegen: nota: \(note)\n".utf8)) }
        if timings, let content { FileHandle.standardError.write(Data((SourceReadTime.report(content.readTimes) + "\n").utf8)) }
        if diagnostics.hasErrors { throw ExitCode.failure }
    }
}
