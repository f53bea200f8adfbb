import CDeflate

/// Writes ZIP archives (APPNOTE 6.3.x, no ZIP64) in memory, deterministically: entries in the order
/// given, each stamped with the same fixed date (never the clock), so a rebuild gives the same bytes.
///
/// Hand-written over zlib because the catalog stage measured it hot: each file is deflated once
/// (`Entry`) and the same compressed bytes go into every archive that holds it (its folder's ZIP,
/// the whole catalog's), archives can be made in parallel (ZIPFoundation's date conversion shares a
/// `gmtime` buffer), and nothing is copied more than once.
public enum ZipBundle {
    /// One file, compressed once, ready to be stored in any number of archives.
    public struct Entry: Sendable {
        public var path: String
        /// CRC-32 of the uncompressed bytes.
        public let crc32: UInt32
        public let uncompressedSize: Int
        /// 8 (deflate) or 0 (stored).
        let method: UInt16
        let data: [UInt8]

        /// Deflates `bytes` at zlib's fastest level (on the datasets, 3 to 4 times faster than the
        /// default level, for bundles about a quarter bigger), or stores them when that saves nothing or when
        /// `compress` is false (an `.xlsx` is itself a ZIP: deflating it again costs time for nothing).
        public init(path: String, bytes: [UInt8], compress: Bool = true) {
            guard compress else {
                self.init(path: path, crc32: ZipBundle.crc32(bytes), uncompressedSize: bytes.count, method: 0, data: bytes)
                return
            }
            let deflater = Deflater(expectedSize: bytes.count)
            deflater.add(bytes)
            self = deflater.finish(path: path) { bytes }
        }

        init(path: String, crc32: UInt32, uncompressedSize: Int, method: UInt16, data: [UInt8]) {
            self.path = path
            self.crc32 = crc32
            self.uncompressedSize = uncompressedSize
            self.method = method
            self.data = data
        }

        /// The same compressed file under another name.
        public func renamed(_ path: String) -> Entry {
            var copy = self
            copy.path = path
            return copy
        }
    }

    public enum ZipBundleError: Error, CustomStringConvertible {
        case tooLarge(String)

        public var description: String {
            switch self {
            case .tooLarge(let what): return "\(what) is larger than a ZIP archive without ZIP64 can hold (4 GB)"
            }
        }
    }

    /// - Parameter date: the date stamped on every entry (noon); 1980-01-01 when nil.
    public static func archive(_ entries: [Entry], date: LocalDate?) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(entries.reduce(22) { $0 + $1.data.count + 2 * (46 + $1.path.utf8.count) })
        try archive(entries, date: date) { out += $0 }
        return out
    }

    /// The same archive handed over in pieces (each entry's header and data, then the central
    /// directory), so a bundle of the whole catalog is never held whole.
    public static func archive(_ entries: [Entry], date: LocalDate?, pieces write: ([UInt8]) throws -> Void) throws {
        guard entries.count < 0xFFFF else { throw ZipBundleError.tooLarge("\(entries.count) entries") }
        let (dosTime, dosDate) = dosStamp(date)
        var written = 0
        var central: [UInt8] = []
        for entry in entries {
            let name = Array(entry.path.utf8)
            guard entry.data.count < 0xFFFF_FFFF, entry.uncompressedSize < 0xFFFF_FFFF, written < 0xFFFF_FFFF, name.count < 0xFFFF else {
                throw ZipBundleError.tooLarge(entry.path)
            }
            let offset = UInt32(written)
            // The fields a local header and a central record share, from "version needed" to the
            // extra field's length.
            func shared(_ bytes: inout [UInt8]) {
                bytes.le16(20)            // version needed: 2.0 (deflate)
                bytes.le16(0x0800)        // names are UTF-8
                bytes.le16(entry.method)
                bytes.le16(dosTime)
                bytes.le16(dosDate)
                bytes.le32(entry.crc32)
                bytes.le32(UInt32(entry.data.count))
                bytes.le32(UInt32(entry.uncompressedSize))
                bytes.le16(UInt16(name.count))
                bytes.le16(0)             // no extra field
            }
            // Local file header.
            var header: [UInt8] = []
            header.le32(0x0403_4B50)
            shared(&header)
            header.append(contentsOf: name)
            try write(header)
            try write(entry.data)
            written += header.count + entry.data.count
            // Central directory record.
            central.le32(0x0201_4B50)
            central.le16(0x031E)          // made by: Unix, 3.0 (so the permissions below are read)
            shared(&central)
            central.le16(0)               // comment
            central.le16(0)               // disk number
            central.le16(0)               // internal attributes
            central.le32(0o100644 << 16)  // external attributes: a regular file, rw-r--r--
            central.le32(offset)
            central.append(contentsOf: name)
        }
        guard written + central.count < 0xFFFF_FFFF else { throw ZipBundleError.tooLarge("the archive") }
        let directoryOffset = UInt32(written), directorySize = UInt32(central.count)
        // End of central directory.
        central.le32(0x0605_4B50)
        central.le16(0)
        central.le16(0)
        central.le16(UInt16(entries.count))
        central.le16(UInt16(entries.count))
        central.le32(directorySize)
        central.le32(directoryOffset)
        central.le16(0)
        try write(central)
    }

    /// MS-DOS time and date fields of noon on `date` (no time zone: the date is a calendar day).
    static func dosStamp(_ date: LocalDate?) -> (time: UInt16, date: UInt16) {
        let day = date ?? LocalDate(year: 1980, month: 1, day: 1)!
        let year = min(max(day.year, 1980), 2107)
        return (UInt16(12 << 11), UInt16((year - 1980) << 9 | day.month << 5 | day.day))
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            var crc = CDeflate.crc32(0, nil, 0)
            var offset = 0
            // zlib takes a 32-bit length; feed very large inputs in pieces.
            repeat {
                let length = min(buffer.count - offset, 1 << 30)
                crc = CDeflate.crc32(crc, buffer.baseAddress.map { $0 + offset }, uInt(length))
                offset += length
            } while offset < buffer.count
            return UInt32(truncatingIfNeeded: crc)
        }
    }
}

extension [UInt8] {
    /// Appends a little-endian 16-bit value.
    mutating func le16(_ value: UInt16) {
        append(UInt8(truncatingIfNeeded: value))
        append(UInt8(truncatingIfNeeded: value >> 8))
    }

    /// Appends a little-endian 32-bit value.
    mutating func le32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}
