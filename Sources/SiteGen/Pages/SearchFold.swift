import Foundation

/// The search index's folded text of a line: lower case without accents, split into words of
/// letters and digits, joined by one space ("Comuna 6 · Pichindé" → "comuna 6 pichinde").
///
/// It is what folding the whole line with Foundation, lower-casing it and splitting it on
/// `CharacterSet.alphanumerics.inverted` gives, but Foundation folding every entry was a tenth
/// of a 10,000-page build. ASCII is done on bytes; any other character is folded by Foundation
/// once and remembered (folding and lower-casing work character by character); a line with a
/// character outside the Basic Multilingual Plane goes through Foundation whole.
struct SearchFold {
    private var folded: [Character: [Unicode.Scalar]] = [:]

    /// Foundation's folding, the reference.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "es_CO"))
            .lowercased()
    }

    /// The words of `text`, as Foundation splits the folded text.
    static func reference(_ text: String) -> String {
        fold(text).components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty }.joined(separator: " ")
    }

    mutating func words(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var inWord = false
        func word(_ byte: UInt8) {
            if !inWord && !out.isEmpty { out.append(0x20) }
            inWord = true
            out.append(byte)
        }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 {
                if let lower = Self.asciiWordByte(byte) { word(lower) } else { inWord = false }
            }
            return String(decoding: out, as: UTF8.self)
        }
        if text.unicodeScalars.contains(where: { $0.value > 0xFFFF }) { return Self.reference(text) }
        for character in text {
            if character.utf8.count == 1 {
                if let lower = Self.asciiWordByte(character.utf8.first!) { word(lower) } else { inWord = false }
                continue
            }
            let scalars: [Unicode.Scalar]
            if let known = folded[character] {
                scalars = known
            } else {
                scalars = Array(Self.fold(String(character)).unicodeScalars)
                folded[character] = scalars
            }
            for scalar in scalars {
                if scalar.value > 0xFFFF { return Self.reference(text) }
                if CharacterSet.alphanumerics.contains(scalar) {
                    if !inWord && !out.isEmpty { out.append(0x20) }
                    inWord = true
                    out.append(contentsOf: String(scalar).utf8)
                } else {
                    inWord = false
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A letter or digit in lower case; nil for any other ASCII byte.
    @inline(__always)
    static func asciiWordByte(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39, 0x61...0x7A: return byte
        case 0x41...0x5A: return byte + 0x20
        default: return nil
        }
    }
}
