import ArgumentParser
import Foundation
import OpenData

/// Options shared by the commands that read a content folder.
struct SourceOptions: ParsableArguments {
    @Option(help: "Content folder (site.yml, territorios.csv, informes-1s/, planes/, diagnosticos/, paginas/).")
    var content: String = "content"

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: "How to print problems: text (like a compiler) or json.")
    var format: ReportFormat = .text

    var contentURL: URL { URL(fileURLWithPath: content) }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// Prints problems like a compiler (`file:line:col: warning: message`) or as JSON, then a count.
enum DiagnosticPrinter {
    static func print(_ diagnostics: Diagnostics, format: ReportFormat, quietWhenClean: Bool = false) {
        if quietWhenClean && diagnostics.items.isEmpty { return }
        switch format {
        case .text:
            for item in diagnostics.sorted { FileHandle.standardError.write(Data((item.formatted + "\n").utf8)) }
            FileHandle.standardError.write(Data("\(diagnostics.errorCount) error(s), \(diagnostics.warningCount) warning(s)\n".utf8))
        case .json:
            let text = DiagnosticJSON.report(diagnostics)
            Swift.print(text, terminator: "")
        }
    }
}
