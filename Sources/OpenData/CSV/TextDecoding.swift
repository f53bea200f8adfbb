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

    public static func decode(_ data: [UInt8]) -> Decoded? {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return nil }
        if looksBinary(data) { return nil }
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: data.dropFirst(3), as: UTF8.self) else { return nil }
            return Decoded(text: normalise(text), encoding: .utf8BOM)
        }
        if let text = String(validating: data, as: UTF8.self) {
            return Decoded(text: normalise(text), encoding: .utf8)
        }
        if let mixed = mixed(data) { return mixed }
        return Decoded(text: normalise(windows1252(data)), encoding: .windows1252)
    }

    /// `decode`'s text as UTF-8 bytes. Valid UTF-8 that is already NFC — what nearly every file is —
    /// is `data` itself, checked in place: a national Cuadro 1S is hundreds of megabytes, and a
    /// String of it would be a second copy.
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
        guard !bom, let decoded = decode(data) else { return .failure(DecodingFailure(problem: failure(data))) }
        return .success(DecodedBytes(bytes: Array(decoded.text.utf8), encoding: decoded.encoding,
                                     firstForeignLine: decoded.firstForeignLine))
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

    /// Reads text that holds valid multi-byte UTF-8 sequences and also bytes that are not UTF-8;
    /// nil when there is no multi-byte UTF-8 at all (then it is plain Windows-1252).
    static func mixed(_ data: [UInt8]) -> Decoded? {
        var scalars = String.UnicodeScalarView()
        var sawUTF8 = false
        var firstForeign: Int?
        var line = 1
        var i = 0
        while i < data.count {
            if let length = utf8Length(data, at: i) {
                if length > 1 { sawUTF8 = true }
                scalars.append(contentsOf: String(decoding: data[i..<(i + length)], as: UTF8.self).unicodeScalars)
                if data[i] == 0x0A { line += 1 }
                i += length
            } else {
                if firstForeign == nil { firstForeign = line }
                scalars.append(contentsOf: windows1252([data[i]]).unicodeScalars)
                i += 1
            }
        }
        guard sawUTF8 else { return nil }
        return Decoded(text: normalise(String(scalars)), encoding: .mixed, firstForeignLine: firstForeign)
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

    /// Windows-1252: Latin-1 with printable characters in 0x80–0x9F.
    static func windows1252(_ data: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(data.count)
        for byte in data {
            if byte >= 0x80 && byte <= 0x9F, let mapped = cp1252High[Int(byte - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static let cp1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
