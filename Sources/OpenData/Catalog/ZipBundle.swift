import Foundation
import ZIPFoundation

/// Writes a ZIP archive in memory, deterministically: entries in the order given, deflated, each
/// stamped with the same fixed date (never the clock), so a rebuild gives the same bytes.
public enum ZipBundle {
    public struct Entry: Sendable {
        public var path: String
        public var bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// - Parameter date: the date stamped on every entry (noon UTC); 1980-01-01 when nil.
    public static func archive(_ entries: [Entry], date: LocalDate?) throws -> [UInt8] {
        // ZIPFoundation turns dates into DOS time with gmtime(), whose result lives in one static
        // buffer: two archives made at once could swap each other's date bytes. One at a time.
        lock.lock()
        defer { lock.unlock() }
        let days = (date ?? LocalDate(year: 1980, month: 1, day: 1)!).daysSinceEpoch
        let stamp = Date(timeIntervalSince1970: TimeInterval(days) * 86_400 + 43_200)
        let archive = try Archive(data: Data(), accessMode: .create)
        for entry in entries {
            let data = Data(entry.bytes)
            try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: stamp, permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw ZipBundleError.noData }
        return [UInt8](data)
    }

    public enum ZipBundleError: Error { case noData }

    private static let lock = NSLock()
}
