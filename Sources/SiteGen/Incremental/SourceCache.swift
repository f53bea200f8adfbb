import Foundation
import OpenData
import Synchronization

/// Parsed sources kept between builds of one process (`sitegen serve`): each entry is keyed by the
/// file's path and stamp (size, modification and change times, inode), so only files that changed
/// are read and parsed again. The problems found while parsing are kept with the value and reported
/// again. Markdown rendered to HTML is kept too, by its text.
public final class SourceCache: SourceReading {
    private struct Entry {
        var stamp: FileStamp
        var value: any Sendable
        var diagnostics: Diagnostics
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var rendered: [String: String] = [:]
        var renderedUsed = Set<String>()
        var misses = 0
        var hits = 0
    }
    private let state = Mutex(State())
    /// Files every source is read against (the territory list): when one changes, every source
    /// is read again.
    private let readAgainst: [String]

    public init(readAgainst: [URL] = []) {
        self.readAgainst = readAgainst.map(\.path)
    }

    /// Parses done since the cache was made (how many sources had to be read again).
    public var misses: Int { state.withLock { $0.misses } }
    /// Sources taken from the cache since it was made.
    public var hits: Int { state.withLock { $0.hits } }

    /// The value parsed from `url` by `parse`, reused while the file (and the files it is read
    /// against) keep the same stamp. `kind` separates different readings of the same file.
    public func read<T: Sendable>(_ url: URL, kind: String, diagnostics: inout Diagnostics,
                                  parse: (inout Diagnostics) -> T) -> T {
        let against = readAgainst.map { String(describing: FileStamp.of($0)) }.joined(separator: "|")
        let key = kind + "|" + against + "\u{1F}" + url.path
        let stamp = FileStamp.of(url.path)
        let known = state.withLock { state -> Entry? in
            guard let stamp, let entry = state.entries[key], entry.stamp == stamp, entry.value is T else { return nil }
            state.hits += 1
            return entry
        }
        if let known, let value = known.value as? T {
            diagnostics.append(contentsOf: known.diagnostics)
            return value
        }
        var own = Diagnostics()
        let value = parse(&own)
        diagnostics.append(contentsOf: own)
        state.withLock {
            $0.misses += 1
            $0.entries[key] = stamp.map { Entry(stamp: $0, value: value, diagnostics: own) }
        }
        return value
    }

    /// Markdown rendered to HTML, by its exact text: only pages whose text changed go through
    /// cmark-gfm again.
    func html(for markdown: String, render: (String) -> String) -> String {
        let known = state.withLock { state -> String? in
            guard let html = state.rendered[markdown] else { return nil }
            state.renderedUsed.insert(markdown)
            return html
        }
        if let known { return known }
        let html = render(markdown)
        state.withLock {
            $0.rendered[markdown] = html
            $0.renderedUsed.insert(markdown)
        }
        return html
    }

    /// Ends a build: after a good one, forgets rendered Markdown it did not use (edited or deleted
    /// pages); after a failed one, keeps it all.
    public func endBuild(succeeded: Bool = true) {
        state.withLock {
            if succeeded { $0.rendered = $0.rendered.filter { [used = $0.renderedUsed] in used.contains($0.key) } }
            $0.renderedUsed = []
        }
    }
}
