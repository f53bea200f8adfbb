import CDeflate

extension ZipBundle {
    /// Deflates a file given piece by piece (raw deflate at zlib's fastest level, with its CRC-32),
    /// so a big file never has to exist whole before it is compressed: a national spreadsheet's
    /// data sheet is hundreds of megabytes of XML.
    public final class Deflater {
        private var stream = z_stream()
        private var compressed: [UInt8] = []
        private var crc = CDeflate.crc32(0, nil, 0)
        private var size = 0
        private var failed = false

        public init(expectedSize: Int = 0) {
            failed = deflateInit2_(&stream, Z_BEST_SPEED, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) != Z_OK
            compressed.reserveCapacity(expectedSize / 4 + 64)
        }

        deinit { deflateEnd(&stream) }

        /// Adds the next piece of the file.
        public func add(_ bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { run($0, finish: false) }
        }

        /// Ends the file: its entry, deflated, or stored when deflating saved nothing (then
        /// `stored` gives the bytes back, for files small enough to have been kept whole).
        public func finish(path: String, stored: () -> [UInt8]) -> Entry {
            run(UnsafeBufferPointer(start: nil, count: 0), finish: true)
            if failed || compressed.count >= size || size >= Int(UInt32.max) {
                return Entry(path: path, crc32: UInt32(truncatingIfNeeded: crc), uncompressedSize: size, method: 0, data: stored())
            }
            return Entry(path: path, crc32: UInt32(truncatingIfNeeded: crc), uncompressedSize: size, method: 8, data: compressed)
        }

        private func run(_ input: UnsafeBufferPointer<UInt8>, finish: Bool) {
            guard !failed else { return }
            size += input.count
            var offset = 0
            // zlib takes 32-bit lengths: feed very large pieces in parts.
            repeat {
                let length = min(input.count - offset, 1 << 30)
                let start = input.baseAddress.map { $0 + offset }
                // zlib's crc32 with no bytes gives its initial value, not the running one.
                if length > 0 { crc = CDeflate.crc32(crc, start, uInt(length)) }
                stream.next_in = UnsafeMutablePointer(mutating: start)
                stream.avail_in = uInt(length)
                offset += length
                let last = finish && offset == input.count
                let piece = 1 << 18
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: piece) { buffer in
                    while true {
                        stream.next_out = buffer.baseAddress
                        stream.avail_out = uInt(piece)
                        let status = CDeflate.deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH)
                        compressed.append(contentsOf: buffer.prefix(piece - Int(stream.avail_out)))
                        if status == Z_STREAM_END { return }
                        if status != Z_OK && status != Z_BUF_ERROR { failed = true; return }
                        if !last && stream.avail_in == 0 && stream.avail_out != 0 { return }
                    }
                }
            } while offset < input.count
        }
    }
}
