import OpenData

/// How the pipeline runs the stages' jobs. A job is a name (its output path, usually), the typed
/// value it is made from, and a function of that value alone that writes its files and returns
/// what later stages need of them. `PlainRunner` makes every job; `sitegen serve` runs the same
/// jobs through `IncrementalRunner` (Incremental/), which keeps the files of a job whose input did
/// not change since the last build.
protocol JobRunner: Sendable {
    /// Where the jobs write.
    var output: any SiteOutput { get }
    /// Runs one job; `sink` is where its files go (the output, or the files of an enclosing job).
    func run<Input: Hashable & Sendable, Value: Sendable>(_ name: String, from input: Input, into sink: any FileSink,
                                                          make: (Input, any FileSink) throws -> Value) throws -> Value
    /// Makes one page of `content` and writes it.
    func render(_ page: PageJob, theme: Theme, content: SiteContent) throws
    /// Markdown as HTML.
    func html(_ markdown: String) -> String
}

extension JobRunner {
    /// Runs one job that writes into the output.
    func run<Input: Hashable & Sendable, Value: Sendable>(_ name: String, from input: Input,
                                                          make: (Input, any FileSink) throws -> Value) throws -> Value {
        try run(name, from: input, into: output, make: make)
    }
}

/// The plain build's runner: makes every job and writes its files.
struct PlainRunner: JobRunner {
    let output: any SiteOutput
    private let markdown = MarkdownRenderer()

    init(output: any SiteOutput) {
        self.output = output
    }

    func run<Input: Hashable & Sendable, Value: Sendable>(_ name: String, from input: Input, into sink: any FileSink,
                                                          make: (Input, any FileSink) throws -> Value) throws -> Value {
        try make(input, sink)
    }

    func render(_ page: PageJob, theme: Theme, content: SiteContent) throws {
        try output.write(page.path + "index.html", Array(try theme.render(page.template, page.model()).utf8))
    }

    func html(_ markdown: String) -> String { self.markdown.render(markdown) }
}
