import Foundation
import OpenData
import Testing
@testable import SiteGen

/// What Excel in a Spanish locale writes (Windows-1252, ';', CRLF) must publish exactly the same
/// datasets as the UTF-8, comma-separated original.
@Suite(.tags(.site), .realData) struct EncodingEquivalenceTests {
    /// Re-writes CSV rows with `delimiter` and CRLF record ends, quoting what needs it.
    static func write(_ rows: [[String]], delimiter: String) -> String {
        rows.map { row in
            row.map { field in
                field.contains(delimiter) || field.contains("\"") || field.contains("\n") || field.contains("\r")
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: delimiter)
        }.joined(separator: "\r\n") + "\r\n"
    }

    @Test func windows1252SemicolonCRLFGivesIdenticalDatasets() throws {
        let original = try Data(contentsOf: TestSupport.realFile(TestSupport.cuadroT1))
        let text = String(decoding: original, as: UTF8.self).precomposedStringWithCanonicalMapping
        let rows = RawSplit.rows(text, delimiter: ",")
        #expect(rows.count > 900)
        let excel = Self.write(rows, delimiter: ";")
        let encoded = try #require(excel.data(using: .windowsCP1252), "the text has characters outside Windows-1252")
        #expect(String(data: encoded, encoding: .utf8) == nil, "the re-encoded file must not be valid UTF-8")
        #expect(encoded.contains(0x3B) && encoded.contains(0x0D))

        let utf8Content = try TestSupport.content(copying: ["informes-1s/2025-T1.csv": TestSupport.realFile(TestSupport.cuadroT1)])
        let excelContent = try TestSupport.content()
        try FileManager.default.createDirectory(at: excelContent.appendingPathComponent("informes-1s"), withIntermediateDirectories: true)
        try encoded.write(to: excelContent.appendingPathComponent("informes-1s/2025-T1.csv"))

        var diagnostics = Diagnostics()
        let source = try #require(CSVSource.read(excelContent.appendingPathComponent("informes-1s/2025-T1.csv"),
                                                 displayPath: "2025-T1.csv", diagnostics: &diagnostics))
        #expect(source.encoding == .windows1252)
        #expect(source.delimiter == UInt8(ascii: ";"))

        let a = try TestSupport.snapshot(TestSupport.build(utf8Content).appendingPathComponent("datos"))
        let b = try TestSupport.snapshot(TestSupport.build(excelContent).appendingPathComponent("datos"))
        #expect(a.count > 100)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in a where b[path] != bytes {
            Issue.record("datos/\(path) differs between the UTF-8 and the Windows-1252 source")
        }
    }
}
