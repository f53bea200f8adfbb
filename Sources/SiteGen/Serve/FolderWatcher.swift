import Foundation

/// Notices changes in folders by comparing every file's stamp (size, modification time, inode)
/// with the previous look. Polling every ~100 ms is cheap at a city's size and needs no
/// platform-specific file events.
public struct FolderWatcher: Sendable {
    public let folders: [URL]
    private var stamps: [String: FileStamp] = [:]

    public init(folders: [URL]) {
        self.folders = folders.map(\.standardizedFileURL)
        stamps = scan()
    }

    /// Paths added, removed or changed since the last call.
    public mutating func changes() -> [String] {
        let now = scan()
        var changed: [String] = []
        for (path, stamp) in now where stamps[path] != stamp { changed.append(path) }
        for path in stamps.keys where now[path] == nil { changed.append(path) }
        stamps = now
        return changed.sorted()
    }

    func scan() -> [String: FileStamp] {
        var result: [String: FileStamp] = [:]
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let path = folder.path + "/" + relative
                if let stamp = FileStamp.of(path) { result[path] = stamp }
            }
        }
        return result
    }
}
