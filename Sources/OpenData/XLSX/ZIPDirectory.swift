#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One entry of a ZIP archive, as its central directory describes it.
struct ZIPEntry: Sendable {
    var path: String
    var method: UInt16
    var flags: UInt16
    var crc32: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    var localHeaderOffset: Int

    var isEncrypted: Bool { flags & 1 != 0 }
}

/// An open file read at given offsets (no whole-file copy): the workbook's ZIP container.
final class ZIPFile {
    let size: Int
    private let descriptor: Int32

    init?(path: String) {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        let end = lseek(descriptor, 0, SEEK_END)
        guard end >= 0 else {
            close(descriptor)
            return nil
        }
        size = Int(end)
    }

    deinit { close(descriptor) }

    /// Reads up to `count` bytes at `offset` into `buffer`; returns how many were read.
    func read(at offset: Int, count: Int, into buffer: UnsafeMutablePointer<UInt8>) -> Int {
        var done = 0
        while done < count {
            let n = pread(descriptor, buffer + done, count - done, off_t(offset + done))
            if n <= 0 { break }
            done += n
        }
        return done
    }

    /// `count` bytes at `offset` (fewer at the end of the file).
    func bytes(at offset: Int, count: Int) -> [UInt8] {
        guard offset >= 0, offset < size, count > 0 else { return [] }
        let wanted = min(count, size - offset)
        var out = [UInt8](repeating: 0, count: wanted)
        let got = out.withUnsafeMutableBufferPointer { read(at: offset, count: wanted, into: $0.baseAddress!) }
        out.removeLast(wanted - got)
        return out
    }

    /// The entries of the archive's central directory, by path. Throws one problem for a file that
    /// is not a ZIP archive, is cut short, or is encrypted.
    func directory() throws(XLSXProblem) -> [String: ZIPEntry] {
        let head = bytes(at: 0, count: 8)
        if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] { throw compoundFileProblem() }
        guard head.count >= 4, head[0] == 0x50, head[1] == 0x4B else {
            throw XLSXProblem(.notZipWorkbook)
        }
        let tailStart = max(0, size - 65_557)
        let tail = bytes(at: tailStart, count: size - tailStart)
        guard tail.count >= 22, let end = stride(from: tail.count - 22, through: 0, by: -1).first(where: {
            tail.readLE32($0) == 0x0605_4B50 && $0 + 22 + Int(tail.readLE16($0 + 20)) <= tail.count
        }) else {
            throw XLSXProblem(.zipDirectoryMissing)
        }
        var count = Int(tail.readLE16(end + 10))
        var directorySize = Int(tail.readLE32(end + 12))
        var directoryOffset = Int(tail.readLE32(end + 16))
        if directoryOffset == 0xFFFF_FFFF || count == 0xFFFF, end >= 20, tail.readLE32(end - 20) == 0x0706_4B50 {
            let record = bytes(at: Int(truncatingIfNeeded: tail.readLE64(end - 12)), count: 56)
            guard record.count == 56, record.readLE32(0) == 0x0606_4B50 else {
                throw XLSXProblem(.zipDirectoryMissing)
            }
            count = Int(truncatingIfNeeded: record.readLE64(32))
            directorySize = Int(truncatingIfNeeded: record.readLE64(40))
            directoryOffset = Int(truncatingIfNeeded: record.readLE64(48))
        }
        guard directoryOffset >= 0, directorySize >= 0, directoryOffset + directorySize <= size, count >= 0 else {
            throw XLSXProblem(.zipDirectoryMissing)
        }
        let table = bytes(at: directoryOffset, count: directorySize)
        var entries: [String: ZIPEntry] = [:]
        var at = 0
        for _ in 0..<count {
            guard at + 46 <= table.count, table.readLE32(at) == 0x0201_4B50 else {
                throw XLSXProblem(.zipDirectoryDamaged)
            }
            let nameLength = Int(table.readLE16(at + 28)), extraLength = Int(table.readLE16(at + 30))
            let commentLength = Int(table.readLE16(at + 32))
            let next = at + 46 + nameLength + extraLength + commentLength
            guard next <= table.count else { throw XLSXProblem(.zipDirectoryDamaged) }
            var entry = ZIPEntry(
                path: String(decoding: table[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self),
                method: table.readLE16(at + 10), flags: table.readLE16(at + 8), crc32: table.readLE32(at + 16),
                compressedSize: Int(table.readLE32(at + 20)), uncompressedSize: Int(table.readLE32(at + 24)),
                localHeaderOffset: Int(table.readLE32(at + 42)))
            Self.applyZIP64(&entry, extra: table[(at + 46 + nameLength)..<(at + 46 + nameLength + extraLength)])
            if entry.isEncrypted { throw XLSXProblem(.encrypted) }
            entries[entry.path] = entry
            at = next
        }
        return entries
    }

    /// Sizes and offset too large for 32 bits, from the entry's ZIP64 extra field.
    private static func applyZIP64(_ entry: inout ZIPEntry, extra: ArraySlice<UInt8>) {
        let bytes = Array(extra)
        var at = 0
        while at + 4 <= bytes.count {
            let id = bytes.readLE16(at), length = Int(bytes.readLE16(at + 2))
            guard at + 4 + length <= bytes.count else { return }
            if id == 1 {
                var field = at + 4
                func next() -> Int? {
                    guard field + 8 <= at + 4 + length else { return nil }
                    defer { field += 8 }
                    return Int(truncatingIfNeeded: bytes.readLE64(field))
                }
                if entry.uncompressedSize == 0xFFFF_FFFF, let value = next() { entry.uncompressedSize = value }
                if entry.compressedSize == 0xFFFF_FFFF, let value = next() { entry.compressedSize = value }
                if entry.localHeaderOffset == 0xFFFF_FFFF, let value = next() { entry.localHeaderOffset = value }
                return
            }
            at += 4 + length
        }
    }

    /// An OLE compound file where a workbook is expected: Office's encrypted container (it holds an
    /// `EncryptionInfo` stream) or an old binary .xls.
    private func compoundFileProblem() -> XLSXProblem {
        let marker = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let head = bytes(at: 0, count: 8 << 20)
        if head.count >= marker.count {
            for start in 0...(head.count - marker.count) where head[start] == marker[0] && head[start..<(start + marker.count)].elementsEqual(marker) {
                return XLSXProblem(.encrypted)
            }
        }
        return XLSXProblem(.excel97Workbook)
    }
}

fileprivate extension Array where Element == UInt8 {
    func readLE16(_ at: Int) -> UInt16 { UInt16(self[at]) | UInt16(self[at + 1]) << 8 }
    func readLE32(_ at: Int) -> UInt32 { UInt32(readLE16(at)) | UInt32(readLE16(at + 2)) << 16 }
    func readLE64(_ at: Int) -> UInt64 { UInt64(readLE32(at)) | UInt64(readLE32(at + 4)) << 32 }
}
