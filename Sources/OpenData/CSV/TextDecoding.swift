import Foundation

/// The character encodings a CSV source may arrive in.
public enum SourceEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 con BOM"
    case windows1252 = "Windows-1252"
    /// Mostly UTF-8 with some Windows-1252 bytes (a file edited with two programs): each character
    /// is read in the encoding it is valid in, and a warning says where the first foreign byte is.
    case mixed = "UTF-8 mezclado con Windows-1252"
    /// Not text: the first worksheet of an Excel workbook (see XLSXSheetReader).
    case xlsx = "Libro de Excel (XLSX)"
}

/// Turns the bytes of a text source into NFC-normalised text, detecting the encoding without being
/// told: a UTF-8 byte-order mark, valid UTF-8, or else Windows-1252 (what Excel writes in a Spanish
/// locale).
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var text: String
        public var encoding: SourceEncoding
        /// For `.mixed`: the 1-based line of the first byte that is not UTF-8.
        public var firstForeignLine: Int? = nil
    }

    /// Bytes that only appear in binary files; text sources never hold them.
    static func looksBinary(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.prefix(8192).contains(0)
    }

    /// Why `decode` gave nil, as a problem for the user.
    public static func failure(_ data: [UInt8]) -> SourceProblem {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return .utf16Text }
        if looksBinary(data) { return .binaryFile }
        let offset = invalidUTF8Offset(data.dropFirst(3)).map { $0 + 3 } ?? 0
        return .invalidUTF8AfterBOM(byte: offset + 1)
    }

    /// `decodeToBytes` as a String, for sources read whole as text (Markdown pages, site.yml).
    public static func decode(_ data: [UInt8]) -> Decoded? {
        guard case .success(let decoded) = decodeToBytes(data) else { return nil }
        return Decoded(text: String(decoding: decoded.bytes, as: UTF8.self), encoding: decoded.encoding,
                       firstForeignLine: decoded.firstForeignLine)
    }

    /// The text of `data` as NFC UTF-8 bytes, in one linear pass. Valid UTF-8 that is already NFC —
    /// what nearly every file is — is `data` itself, checked in place: a national Cuadro 1S is
    /// hundreds of megabytes, and a String of it would be a second copy. Anything else is
    /// transcoded byte by byte into one array (`transcode`), never through a String per character.
    public static func decodeToBytes(_ data: consuming [UInt8]) -> Result<DecodedBytes, DecodingFailure> {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) || looksBinary(data) {
            return .failure(DecodingFailure(problem: failure(data)))
        }
        let bom = data.starts(with: [0xEF, 0xBB, 0xBF])
        let valid = data.withUnsafeBufferPointer { isValidUTF8(UnsafeBufferPointer(rebasing: $0[(bom ? 3 : 0)...])) }
        if valid {
            if bom { data.removeFirst(3) }
            let encoding: SourceEncoding = bom ? .utf8BOM : .utf8
            if data.withUnsafeBufferPointer(isNFC) { return .success(DecodedBytes(bytes: data, encoding: encoding)) }
            return .success(DecodedBytes(bytes: Array(normalise(String(decoding: data, as: UTF8.self)).utf8), encoding: encoding))
        }
        if bom { return .failure(DecodingFailure(problem: failure(data))) }
        return .success(data.withUnsafeBufferPointer(transcode))
    }

    /// Why bytes are not text a reader can use.
    public struct DecodingFailure: Error, Sendable {
        public var problem: SourceProblem
    }

    /// `Decoded` with the text as UTF-8 bytes.
    public struct DecodedBytes: Sendable {
        public var bytes: [UInt8]
        public var encoding: SourceEncoding
        public var firstForeignLine: Int? = nil
    }

    /// Whether `bytes` is UTF-8, skipping ASCII eight bytes at a time.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            i = asciiEnd(bytes, from: i)
            guard i < n else { break }
            guard let length = utf8Length(bytes, at: i) else { return false }
            i += length
        }
        return true
    }

    /// The index of the first non-ASCII byte at or after `i` (or the end).
    @inline(__always)
    static func asciiEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let n = bytes.count
        if let base = bytes.baseAddress {
            while i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
        }
        while i < n && bytes[i] < 0x80 { i += 1 }
        return i
    }

    /// `isNFC` for valid UTF-8 bytes.
    static func isNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            i = asciiEnd(bytes, from: i)
            guard i < n else { break }
            let lead = bytes[i]
            if lead < 0xE0 {
                // Two bytes: U+0080–U+07FF; below U+0300 when the lead byte is below 0xCC.
                guard lead < 0xCC else { return false }
                i += 2
            } else if lead < 0xF0 {
                let v = (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                guard (0x2002...0x206F).contains(v) || (0x20A0...0x20CF).contains(v) else { return false }
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Length of the valid UTF-8 sequence starting at `i`, or nil.
    static func utf8Length(_ data: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let lead = data[i]
        func continuation(_ k: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            i + k < data.count && range.contains(data[i + k])
        }
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return continuation(1) ? 2 : nil
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : nil
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : nil
        case 0xE1...0xEF: return continuation(1) && continuation(2) ? 3 : nil
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : nil
        default: return nil
        }
    }

    static func utf8Length(_ data: [UInt8], at i: Int) -> Int? {
        data.withUnsafeBufferPointer { utf8Length($0, at: i) }
    }

    /// Offset of the first byte that does not start a valid UTF-8 sequence.
    static func invalidUTF8Offset(_ slice: ArraySlice<UInt8>) -> Int? {
        let data = Array(slice)
        var i = 0
        while i < data.count {
            guard let length = utf8Length(data, at: i) else { return i }
            i += length
        }
        return nil
    }

    /// Text that is not all UTF-8, as UTF-8 bytes in one pass: ASCII runs are copied as they are,
    /// valid multi-byte UTF-8 sequences too, and every other byte is read as Windows-1252. With no
    /// multi-byte UTF-8 at all the file is Windows-1252, which is already NFC (every character is
    /// precomposed Latin or punctuation); a file that mixes both may hold combining marks, so only
    /// it is normalised, and only when the quick check says it must be.
    static func transcode(_ data: UnsafeBufferPointer<UInt8>) -> DecodedBytes {
        var out: [UInt8] = []
        out.reserveCapacity(data.count + data.count / 8)
        var sawUTF8 = false
        var firstForeignLine: Int?
        var line = 1
        var i = 0
        let n = data.count
        while i < n {
            let end = asciiEnd(data, from: i)
            if end > i {
                let run = UnsafeBufferPointer(rebasing: data[i..<end])
                if firstForeignLine == nil { line += run.count(where: { $0 == 0x0A }) }
                out.append(contentsOf: run)
                i = end
                guard i < n else { break }
            }
            if let length = utf8Length(data, at: i) {
                sawUTF8 = true
                out.append(contentsOf: UnsafeBufferPointer(rebasing: data[i..<(i + length)]))
                i += length
                continue
            }
            if firstForeignLine == nil { firstForeignLine = line }
            appendWindows1252(data[i], to: &out)
            i += 1
        }
        guard sawUTF8 else { return DecodedBytes(bytes: out, encoding: .windows1252) }
        if !out.withUnsafeBufferPointer(isNFC) {
            out = Array(normalise(String(decoding: out, as: UTF8.self)).utf8)
        }
        return DecodedBytes(bytes: out, encoding: .mixed, firstForeignLine: firstForeignLine)
    }

    /// The UTF-8 bytes of one Windows-1252 byte of 0x80 or more: 0xA0–0xFF are Latin-1 (two bytes,
    /// C2/C3 and one continuation byte); 0x80–0x9F come from `cp1252High`, and the five bytes it
    /// leaves unassigned keep their code point (U+0081, U+008D, U+008F, U+0090, U+009D).
    @inline(__always)
    static func appendWindows1252(_ byte: UInt8, to out: inout [UInt8]) {
        if byte >= 0x80 && byte <= 0x9F {
            let entry = cp1252HighUTF8[Int(byte - 0x80)]
            out.append(UInt8(truncatingIfNeeded: entry))
            out.append(UInt8(truncatingIfNeeded: entry >> 8))
            if entry >> 16 != 0 { out.append(UInt8(truncatingIfNeeded: entry >> 16)) }
        } else {
            out.append(0xC0 | (byte >> 6))
            out.append(0x80 | (byte & 0x3F))
        }
    }

    /// `cp1252High` as UTF-8, for `appendWindows1252`: each entry's bytes from the lowest
    /// (two or three of them; a third byte is never zero).
    private static let cp1252HighUTF8: [UInt32] = (0..<32).map { index in
        let scalar = cp1252High[index] ?? Unicode.Scalar(UInt8(0x80 + index))
        var packed: UInt32 = 0
        for (k, byte) in String(scalar).utf8.enumerated() { packed |= UInt32(byte) << (8 * k) }
        return packed
    }

    /// NFC, so that "Pichindé" typed with a combining accent equals the precomposed one.
    public static func normalise(_ text: String) -> String {
        isNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// True when no character of `text` can change under NFC: every scalar is below U+0300
    /// (Latin, with Spanish accents precomposed) or in the punctuation and currency blocks
    /// (U+2002–U+206F, U+20A0–U+20CF), none of which has a decomposition or combines. A quick
    /// check that spares normalising a whole Cuadro 1S, which was a twentieth of the build.
    static func isNFC(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        return text.unicodeScalars.allSatisfy { scalar in
            let v = scalar.value
            return v < 0x300 || (0x2002...0x206F).contains(v) || (0x20A0...0x20CF).contains(v)
        }
    }

    /// Windows-1252's characters for 0x80–0x9F (nil: unassigned).
    private static let cp1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
