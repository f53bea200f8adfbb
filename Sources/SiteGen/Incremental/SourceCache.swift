import Foundation
import OpenData

/// Parsed sources kept between builds of one process (`sitegen serve`): each entry is keyed by the
/// file's path and stamp (size, modification and change times, inode), so only files that changed
/// are read and parsed again. The problems found while parsing are kept with the value and reported again.
public final class SourceCache: @unchecked Sendable {
    /// What identifies one version of a file on disk.
    public struct Stamp: Sendable, Hashable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var changeSeconds: Int
        var changeNanoseconds: Int
        var inode: UInt64

        /// The file's current stamp, or nil when it cannot be read.
        public static func of(_ path: String) -> Stamp? {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            return Stamp(size: Int64(info.st_size), seconds: Int(info.st_mtim.tv_sec),
                         nanoseconds: Int(info.st_mtim.tv_nsec), changeSeconds: Int(info.st_ctim.tv_sec),
                         changeNanoseconds: Int(info.st_ctim.tv_nsec), inode: UInt64(info.st_ino))
        }
    }

    private struct Entry {
        var stamp: Stamp
        var value: Any
        var diagnostics: Diagnostics
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var rendered: [String: String] = [:]
    private var renderedUsed = Set<String>()
    /// Parses done since the cache was made (how many sources had to be read again).
    public private(set) var misses = 0
    public private(set) var hits = 0

    public init() {}

    /// The value parsed from `url` by `parse`, reused while the file keeps the same stamp.
    /// `kind` separates different readings of the same file.
    func value<T>(_ url: URL, kind: String, diagnostics: inout Diagnostics, parse: (inout Diagnostics) -> T) -> T {
        let key = kind + "\u{1F}" + url.path
        let stamp = Stamp.of(url.path)
        if let stamp, let entry = lock.withLock({ entries[key] }), entry.stamp == stamp, let value = entry.value as? T {
            lock.withLock { hits += 1 }
            diagnostics.append(contentsOf: entry.diagnostics)
            return value
        }
        var own = Diagnostics()
        let value = parse(&own)
        diagnostics.append(contentsOf: own)
        lock.withLock {
            misses += 1
            if let stamp { entries[key] = Entry(stamp: stamp, value: value, diagnostics: own) } else { entries[key] = nil }
        }
        return value
    }

    /// Markdown rendered to HTML, by its exact text: only pages whose text changed go through
    /// cmark-gfm again.
    func html(for markdown: String, render: (String) -> String) -> String {
        if let html = lock.withLock({ rendered[markdown] }) {
            lock.withLock { _ = renderedUsed.insert(markdown) }
            return html
        }
        let html = render(markdown)
        lock.withLock {
            rendered[markdown] = html
            renderedUsed.insert(markdown)
        }
        return html
    }

    /// Values made with output files by the last good build (a data file's facts and compressed
    /// bytes, a ZIP bundle's distribution…), by path and by the key of what they were made from.
    private struct MadeValue {
        var key: Int
        var value: Any
    }

    private var values: [String: MadeValue] = [:]
    private var valuesNow: [String: MadeValue] = [:]

    /// What the last good build made for `path` from the same `key`, if it did.
    func unchangedValue<T>(_ path: String, key: Int) -> T? {
        lock.withLock {
            guard let made = values[path], made.key == key, let value = made.value as? T else { return nil }
            valuesNow[path] = made
            return value
        }
    }

    /// Records what was made for `path` from `key` in the build under way (kept if it succeeds).
    func recordValue<T>(_ path: String, key: Int, _ value: T) {
        lock.withLock { valuesNow[path] = MadeValue(key: key, value: value) }
    }

    /// Ends a build: after a good one, forgets rendered Markdown it did not use (edited or deleted
    /// pages) and keeps what its files were made from; after a failed one, keeps the previous state.
    public func endBuild(succeeded: Bool = true) {
        lock.withLock {
            if succeeded {
                rendered = rendered.filter { renderedUsed.contains($0.key) }
                values = valuesNow
            }
            renderedUsed = []
            valuesNow = [:]
        }
    }
}
