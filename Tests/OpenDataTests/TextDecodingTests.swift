import Foundation
import Testing
@testable import OpenData

/// The one-pass decoder gives what the String-based decoder gave, byte for byte, on every
/// Windows-1252 byte, on mixed files and on the line of the first foreign byte.
@Suite(.tags(.unit)) struct TextDecodingTests {
    /// Every decodable input, both ways: the bytes path, the String path and the old decoder agree.
    func expectSameAsBefore(_ bytes: [UInt8], _ comment: Comment? = nil) {
        let expected = TextDecodingBefore.decode(bytes)
        let decoded = TextDecoding.decode(bytes)
        #expect(decoded?.text == expected?.text, comment)
        #expect(decoded?.encoding == expected?.encoding, comment)
        #expect(decoded?.firstForeignLine == expected?.firstForeignLine, comment)
        if case .success(let asBytes) = TextDecoding.decodeToBytes(bytes) {
            #expect(asBytes.bytes == expected.map { Array($0.text.utf8) }, comment)
        } else {
            #expect(expected == nil, comment)
        }
    }

    @Test func everyWindows1252ByteDecodesAsBefore() throws {
        for byte in UInt8(0x80)...0xFF {
            let bytes: [UInt8] = [0x61, byte, 0x0A, 0x62]
            expectSameAsBefore(bytes, "byte \(byte)")
            let decoded = try #require(TextDecoding.decode(bytes))
            #expect(decoded.encoding == .windows1252)
            #expect(decoded.firstForeignLine == nil)
        }
        let all = Array(UInt8(0x01)...0xFF)
        expectSameAsBefore(all)
        let text = try #require(TextDecoding.decode(all)?.text)
        #expect(text == text.precomposedStringWithCanonicalMapping, "Windows-1252 text is already NFC")
    }

    @Test func windows1252MatchesFoundationsTable() throws {
        for byte in UInt8(0x80)...0xFF where ![0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(byte) {
            let foundation = try #require(String(data: Data([byte]), encoding: .windowsCP1252))
            #expect(TextDecoding.decode([byte])?.text == foundation, "byte \(byte)")
        }
        #expect(TextDecoding.decode([0x81])?.text == "\u{81}")
        #expect(TextDecoding.decode([0x80, 0x99, 0xF1])?.text == "€™ñ")
    }

    @Test func mixedFilesDecodeAsBefore() throws {
        let cases: [[UInt8]] = [
            Array("Secretaría\n".utf8) + [0x4C, 0x65, 0xF3, 0x6E, 0x0A],
            [0x4C, 0x65, 0xF3, 0x6E, 0x0A] + Array("Secretaría\n".utf8),
            Array("a\nb\nc\n".utf8) + [0x80] + Array("ñ\n".utf8) + [0xE9, 0x0A, 0x99],
            Array("Pichinde\u{301}\n".utf8) + [0xE9],
            [0xE9] + Array("\u{301}x\u{2122}\n".utf8),
            Array("\u{1F600};".utf8) + [0xC3],
            Array("ñ".utf8) + [0xE2, 0x82],
            Array("ñ\r\n\r\n".utf8) + [0xED, 0xA0, 0x80],
            Array("ñ".utf8) + [0xF4, 0x90, 0x80, 0x80, 0xC0, 0xAF],
        ]
        for bytes in cases {
            expectSameAsBefore(bytes, "\(bytes)")
            #expect(TextDecoding.decode(bytes)?.encoding == .mixed, "\(bytes)")
        }
        #expect(TextDecoding.decode(cases[2])?.firstForeignLine == 4)
        #expect(TextDecoding.decode(cases[1])?.firstForeignLine == 1)
        #expect(TextDecoding.decode(cases[3])?.text == "Pichindé\né", "a mixed file is normalised to NFC")
    }

    @Test func pseudoRandomFilesDecodeAsBefore() {
        var generator = StreamingReadTests.SplitMix(state: 11)
        let pieces: [[UInt8]] = [
            Array("Comuna 6;".utf8), Array("Pichindé".utf8), Array("\u{2014}\u{20AC}".utf8), [0x0A], [0x0D, 0x0A],
            Array("e\u{301}".utf8), Array("\u{1F600}".utf8), [0xE9], [0xF1], [0x80], [0x9D], [0xC3], [0xE2, 0x82], [0xFF],
            Array("\"a;b\"".utf8),
        ]
        for _ in 0..<400 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 40) { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
            expectSameAsBefore(bytes, "\(bytes)")
        }
    }

    @Test func utf8AndRefusalsStayAsTheyWere() {
        let cases: [[UInt8]] = [
            [], Array("a,b\n".utf8), [0xEF, 0xBB, 0xBF] + Array("Pichindé\n".utf8), Array("Pichinde\u{301}".utf8),
            [0xFF, 0xFE, 0x41, 0x00], [0xFE, 0xFF, 0x00, 0x41], [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01],
            [0xEF, 0xBB, 0xBF, 0x41, 0xE9], [0xEF, 0xBB, 0xBF],
        ]
        for bytes in cases { expectSameAsBefore(bytes, "\(bytes)") }
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x41, 0xE9]) == nil)
        #expect(TextDecoding.failure([0xEF, 0xBB, 0xBF, 0x41, 0xE9]).english.contains("byte 5 is not UTF-8"))
    }

    @Test func validUTF8IsHandedBackWithoutACopy() throws {
        guard case .success(let decoded) = TextDecoding.decodeToBytes(Array("Comuna 6 – Pichindé\n".utf8)) else {
            Issue.record("valid UTF-8 refused")
            return
        }
        #expect(decoded.bytes == Array("Comuna 6 – Pichindé\n".utf8))
        #expect(decoded.encoding == .utf8)
    }
}

/// The decoder as it was before decoding was one pass over the bytes (quadratic on Windows-1252),
/// kept as the reference the new one must equal.
enum TextDecodingBefore {
    static func decode(_ data: [UInt8]) -> TextDecoding.Decoded? {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return nil }
        if TextDecoding.looksBinary(data) { return nil }
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: data.dropFirst(3), as: UTF8.self) else { return nil }
            return .init(text: TextDecoding.normalise(text), encoding: .utf8BOM)
        }
        if let text = String(validating: data, as: UTF8.self) {
            return .init(text: TextDecoding.normalise(text), encoding: .utf8)
        }
        if let mixed = mixed(data) { return mixed }
        return .init(text: TextDecoding.normalise(windows1252(data)), encoding: .windows1252)
    }

    static func mixed(_ data: [UInt8]) -> TextDecoding.Decoded? {
        var scalars = String.UnicodeScalarView()
        var sawUTF8 = false
        var firstForeign: Int?
        var line = 1
        var i = 0
        while i < data.count {
            if let length = TextDecoding.utf8Length(data, at: i) {
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
        return .init(text: TextDecoding.normalise(String(scalars)), encoding: .mixed, firstForeignLine: firstForeign)
    }

    static func windows1252(_ data: [UInt8]) -> String {
        let high: [Unicode.Scalar?] = [
            "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
            "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
            nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
            "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
        ]
        var scalars = String.UnicodeScalarView()
        for byte in data {
            if byte >= 0x80 && byte <= 0x9F, let mapped = high[Int(byte - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }
}
