import CDeflate

/// Streams one ZIP entry's bytes, inflated a piece at a time (memory stays at one piece whatever the
/// entry's size). A workbook is untrusted: the entry stops at `sizeLimit` or when it expands more
/// than `ratioLimit` times its compressed size past `ratioFloor` (a ZIP bomb), and its size and
/// CRC-32 are checked at its end.
final class ZIPEntryReader {
    static let sizeLimit = 1 << 30
    static let ratioLimit = 200
    static let ratioFloor = 8 << 20
    static let inputPiece = 1 << 16

    let entry: ZIPEntry
    private let file: ZIPFile
    private var stream = z_stream()
    private var streamReady = false
    private let input: UnsafeMutablePointer<UInt8>
    private var nextInput: Int
    private var inputLeft: Int
    private var produced = 0
    private var crc = CDeflate.crc32(0, nil, 0)
    private(set) var isFinished = false

    init(file: ZIPFile, entry: ZIPEntry) throws(XLSXProblem) {
        self.file = file
        self.entry = entry
        if entry.isEncrypted { throw XLSXProblem(.encrypted) }
        var header = [UInt8](repeating: 0, count: 30)
        let got = header.withUnsafeMutableBufferPointer { file.read(at: entry.localHeaderOffset, count: 30, into: $0.baseAddress!) }
        guard got == 30, header[0] == 0x50, header[1] == 0x4B, header[2] == 3, header[3] == 4 else {
            throw XLSXProblem(.partCutShort(part: entry.path))
        }
        let skip = 30 + (Int(header[26]) | Int(header[27]) << 8) + (Int(header[28]) | Int(header[29]) << 8)
        nextInput = entry.localHeaderOffset + skip
        inputLeft = entry.compressedSize
        guard nextInput + inputLeft <= file.size else { throw XLSXProblem(.partCutShort(part: entry.path)) }
        try Self.checkExpansion(entry.path, size: entry.uncompressedSize, compressed: entry.compressedSize)
        guard entry.method == 0 || entry.method == 8 else {
            throw XLSXProblem(.unknownCompression(part: entry.path, method: Int(entry.method)))
        }
        // Allocated last, and the inflater started on the first read: an initializer that throws
        // has nothing to free.
        input = .allocate(capacity: Self.inputPiece)
    }

    deinit {
        if streamReady { inflateEnd(&stream) }
        input.deallocate()
    }

    /// A ZIP bomb: past the size limit, or past the ratio limit once over the ratio floor.
    static func checkExpansion(_ path: String, size: Int, compressed: Int) throws(XLSXProblem) {
        if size > sizeLimit {
            throw XLSXProblem(.partPastSizeLimit(part: path))
        }
        if size > ratioFloor && size / max(compressed, 1) > ratioLimit {
            throw XLSXProblem(.partPastRatioLimit(part: path, ratio: ratioLimit))
        }
    }

    /// Appends up to `count` more bytes of the entry to `buffer`; false once the entry is over.
    func append(to buffer: inout [UInt8], count: Int) throws(XLSXProblem) -> Bool {
        if isFinished { return false }
        // No more than the entry says is left (and one byte more, to catch an entry that lies).
        let count = max(1, min(count, entry.uncompressedSize - produced + 1))
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count))
        var written = 0
        var failure: XLSXProblem?
        buffer.withUnsafeMutableBufferPointer { out in
            let base = out.baseAddress! + start
            do throws(XLSXProblem) {
                written = entry.method == 0 ? try copyStored(into: base, count: count) : try inflate(into: base, count: count)
            } catch {
                failure = error
            }
        }
        buffer.removeLast(count - written)
        if let failure { throw failure }
        if written > 0 {
            buffer.withUnsafeBufferPointer { crc = CDeflate.crc32(crc, $0.baseAddress! + start, uInt(written)) }
        }
        produced += written
        try Self.checkExpansion(entry.path, size: produced, compressed: entry.compressedSize)
        if produced > entry.uncompressedSize { throw XLSXProblem(.partDamaged(part: entry.path)) }
        if isFinished && (produced != entry.uncompressedSize || UInt32(truncatingIfNeeded: crc) != entry.crc32) {
            throw XLSXProblem(.partDamaged(part: entry.path))
        }
        return written > 0 || !isFinished
    }

    private func copyStored(into out: UnsafeMutablePointer<UInt8>, count: Int) throws(XLSXProblem) -> Int {
        let wanted = min(count, inputLeft)
        let got = file.read(at: nextInput, count: wanted, into: out)
        guard got == wanted else { throw XLSXProblem(.partCutShort(part: entry.path)) }
        nextInput += got
        inputLeft -= got
        if inputLeft == 0 { isFinished = true }
        return got
    }

    private func inflate(into out: UnsafeMutablePointer<UInt8>, count: Int) throws(XLSXProblem) -> Int {
        if !streamReady {
            guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                throw XLSXProblem(.partDamaged(part: entry.path))
            }
            streamReady = true
        }
        stream.next_out = out
        stream.avail_out = uInt(count)
        while stream.avail_out > 0 {
            if stream.avail_in == 0 && inputLeft > 0 {
                let wanted = min(Self.inputPiece, inputLeft)
                guard file.read(at: nextInput, count: wanted, into: input) == wanted else { throw XLSXProblem(.partCutShort(part: entry.path)) }
                nextInput += wanted
                inputLeft -= wanted
                stream.next_in = input
                stream.avail_in = uInt(wanted)
            }
            let status = CDeflate.inflate(&stream, Z_NO_FLUSH)
            if status == Z_STREAM_END {
                isFinished = true
                break
            }
            if status == Z_BUF_ERROR && stream.avail_in == 0 && inputLeft == 0 { throw XLSXProblem(.partCutShort(part: entry.path)) }
            if status != Z_OK { throw XLSXProblem(.partDamaged(part: entry.path)) }
        }
        return count - Int(stream.avail_out)
    }
}
