import Foundation

/// The character encodings a CSV source may arrive in.
public enum SourceEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 con BOM"
    case windows1252 = "Windows-1252"
}

/// Turns the bytes of a text source into NFC-normalised text, detecting the encoding without being
/// told: a UTF-8 byte-order mark, valid UTF-8, or else Windows-1252 (what Excel writes in a Spanish
/// locale).
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var text: String
        public var encoding: SourceEncoding
    }

    /// Bytes that only appear in binary files; text sources never hold them.
    static func looksBinary(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.prefix(8192).contains(0)
    }

    public static func decode(_ data: [UInt8]) -> Decoded? {
        if looksBinary(data) { return nil }
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: data.dropFirst(3), as: UTF8.self) else { return nil }
            return Decoded(text: normalise(text), encoding: .utf8BOM)
        }
        if let text = String(validating: data, as: UTF8.self) {
            return Decoded(text: normalise(text), encoding: .utf8)
        }
        return Decoded(text: normalise(windows1252(data)), encoding: .windows1252)
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
