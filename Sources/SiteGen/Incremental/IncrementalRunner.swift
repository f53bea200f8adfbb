import Foundation
import OpenData
import Synchronization

/// `sitegen serve`'s runner: keys each job by what it is made from, and when the last good build
/// made it from the same input, keeps its files as they are on disk (and the value it gave) instead
/// of making it again. A page is keyed by the versions of the content parts it reads and what it
/// alone reads; when that key changed, by its view model, so a page is rendered again only when
/// what it shows changed. Every file written is compared with the last build's by `IncrementalOutput`.
struct IncrementalRunner: JobRunner {
    let files: IncrementalOutput
    let memo: JobMemo
    let cache: SourceCache
    /// The content's file stamps, taken before this build read anything.
    let stamps: PageInputs.Stamps
    private let versions = Versions()
    private let markdown = MarkdownRenderer()

    var output: any SiteOutput { files }

    /// A runner for one build of `contentRoot` into `files`.
    init(files: IncrementalOutput, memo: JobMemo, cache: SourceCache, contentRoot: URL) {
        self.files = files
        self.memo = memo
        self.cache = cache
        stamps = PageInputs.Stamps(contentRoot: contentRoot)
    }

    /// What a job made: its files with their fingerprints, and its value.
    private struct Made<Value: Sendable>: Sendable {
        var files: [(String, OutputManifest.Fingerprint)]
        var value: Value
    }

    func run<Input: Hashable & Sendable, Value: Sendable>(_ name: String, from input: Input, into sink: any FileSink,
                                                          make: (Input, any FileSink) throws -> Value) throws -> Value {
        var hasher = Hasher()
        hasher.combine(input)
        let key = hasher.finalize()
        if files.keepsPreviousFiles, let known: Made<Value> = memo.unchanged(name, key: key) {
            for (path, fingerprint) in known.files { try keep(path, fingerprint, in: sink) }
            return known.value
        }
        let jobFiles = JobFiles(base: sink, output: files)
        let value = try make(input, jobFiles)
        let made = jobFiles.paths.compactMap { path in files.fingerprint(path).map { (path, $0) } }
        memo.record(name, key: key, Made(files: made, value: value))
        return value
    }

    private func keep(_ path: String, _ fingerprint: OutputManifest.Fingerprint, in sink: any FileSink) throws {
        if let job = sink as? JobFiles { try job.keep(path, fingerprint) } else { try files.keep(path, fingerprint) }
    }

    func render(_ page: PageJob, theme: Theme, content: SiteContent) throws {
        let path = page.path + "index.html"
        let versions = self.versions.of(content: content, stamps: stamps, theme: theme)
        let key = versions.key(path: path, template: page.template, reads: page.reads, own: page.own)
        if files.keepsPreviousFiles, let known: OutputManifest.Fingerprint = memo.unchanged(path, key: key) {
            try files.keep(path, known)
            return
        }
        defer { if let made = files.fingerprint(path) { memo.record(path, key: key, made) } }
        let model = MustacheBox.box(page.model())
        // Remembered apart from the inputs' key: same path, another slot.
        let modelSlot = path + "\u{1F}view model"
        var modelKey: Int?
        if let fingerprint = ModelFingerprint.of(model) {
            var hasher = Hasher()
            hasher.combine(theme.fingerprint)
            hasher.combine(page.template)
            hasher.combine(fingerprint)
            modelKey = hasher.finalize()
            if files.keepsPreviousFiles, let known: OutputManifest.Fingerprint = memo.unchanged(modelSlot, key: modelKey!) {
                try files.keep(path, known)
                return
            }
        }
        try files.write(path, Array(try theme.render(page.template, model).utf8))
        if let modelKey, let made = files.fingerprint(path) { memo.record(modelSlot, key: modelKey, made) }
    }

    func html(_ markdown: String) -> String { cache.html(for: markdown, render: self.markdown.render) }

    /// The versions of the content's parts in this build, made by the first page that needs them.
    private final class Versions: Sendable {
        private let made = Mutex<PageInputs.Versions?>(nil)

        func of(content: SiteContent, stamps: PageInputs.Stamps, theme: Theme) -> PageInputs.Versions {
            made.withLock { made in
                if let made { return made }
                let versions = PageInputs.versions(content: content, stamps: stamps, theme: theme)
                made = versions
                return versions
            }
        }
    }
}

/// The files one job writes or keeps, passed on to where the job writes (the output, or an
/// enclosing job's files), so a job kept next time can keep the same files.
final class JobFiles: FileSink {
    private let base: any FileSink
    private let output: IncrementalOutput
    private let written = Mutex<[String]>([])

    init(base: any FileSink, output: IncrementalOutput) {
        self.base = base
        self.output = output
    }

    var paths: [String] { written.withLock { $0 } }

    func write(_ path: String, _ bytes: [UInt8]) throws {
        try base.write(path, bytes)
        written.withLock { $0.append(path) }
    }

    func write(_ path: String, pieces produce: (_ piece: ([UInt8]) throws -> Void) throws -> Void) throws {
        try base.write(path, pieces: produce)
        written.withLock { $0.append(path) }
    }

    /// Counts a file of the last build as made again by this job.
    func keep(_ path: String, _ fingerprint: OutputManifest.Fingerprint) throws {
        if let job = base as? JobFiles { try job.keep(path, fingerprint) } else { try output.keep(path, fingerprint) }
        written.withLock { $0.append(path) }
    }
}
