import Foundation

/// Swaps a finished staging folder in for the destination (see `OutputFolder`): a failed or killed
/// build leaves the previous output as it was.
public enum OutputCommit {
    /// Puts a finished staging folder at `destination`. On Linux the two trees trade places in one
    /// step (`renameat2` with RENAME_EXCHANGE), so a kill at any instant leaves `destination`
    /// holding the previous site or the new one, never nothing; the previous one, now at the
    /// staging path, is deleted in the background.
    static func swap(staging: URL, into destination: URL) throws {
        let parent = destination.deletingLastPathComponent()
        let name = destination.lastPathComponent
        var previous: URL?
        switch FolderExchange.exchange(staging.path, destination.path) {
        case .exchanged:
            previous = staging
        case .missing:
            // The first build: no destination to exchange with, a plain rename.
            try FileManager.default.moveItem(at: staging, to: destination)
        case .unsupported, .failed:
            // A filesystem without RENAME_EXCHANGE (or an exchange that failed): two renames, with
            // an instant between them where `destination` is missing. A real failure (e.g. no
            // permission) fails the renames too, which report it.
            previous = try swapInTwoRenames(staging: staging, into: destination)
        }
        // Folders left by builds that were killed go first, then the previous output, in the background.
        removeLeftovers(of: name, in: parent, keeping: previous?.lastPathComponent ?? "")
        if let previous { removeInBackground(previous) }
    }

    /// The swap without an exchange: moves the destination aside to `.old-`, moves the staging
    /// folder in, and puts the previous output back if that fails. Returns where the previous
    /// output went, or nil when there was none.
    static func swapInTwoRenames(staging: URL, into destination: URL) throws -> URL? {
        let fm = FileManager.default
        let previous = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).old-\(UUID().uuidString.prefix(8))")
        guard fm.fileExists(atPath: destination.path) else {
            try fm.moveItem(at: staging, to: destination)
            return nil
        }
        try fm.moveItem(at: destination, to: previous)
        do {
            try fm.moveItem(at: staging, to: destination)
        } catch {
            try? fm.moveItem(at: previous, to: destination)
            throw error
        }
        return previous
    }

    /// Deletes the previous output without making the build wait: on some disks deleting thousands
    /// of files takes longer than writing them. A detached `rm` finishes it even after sitegen
    /// exits; if it cannot start, the folder is deleted here, and any leftover `.old-` folder is
    /// removed by the next build.
    static func removeInBackground(_ folder: URL) {
        let remover = Process()
        remover.executableURL = URL(fileURLWithPath: "/bin/rm")
        remover.arguments = ["-rf", "--", folder.path]
        remover.standardOutput = FileHandle.nullDevice
        remover.standardError = FileHandle.nullDevice
        do {
            try remover.run()
        } catch {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// Folders left by builds that were killed: previous outputs (`.old-`) and unfinished staging
    /// folders (`.new-`); called once this build's own staging folder has been swapped in.
    static func removeLeftovers(of name: String, in parent: URL, keeping current: String) {
        let fm = FileManager.default
        let names = (try? fm.contentsOfDirectory(atPath: parent.path)) ?? []
        for entry in names where entry != current && (entry.hasPrefix(".\(name).old-") || entry.hasPrefix(".\(name).new-")) {
            try? fm.removeItem(at: parent.appendingPathComponent(entry))
        }
    }

    public enum CommitError: Error, CustomStringConvertible {
        case write(String)
        public var description: String {
            switch self {
            case .write(let detail): return "cannot write the output: \(detail)"
            }
        }
    }
}
