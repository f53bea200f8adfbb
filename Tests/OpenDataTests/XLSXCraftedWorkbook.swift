import Foundation
@testable import OpenData

/// Small workbooks written by the tests themselves (never real data): the parts given, with a
/// workbook part and relationships naming one sheet unless others are given.
enum XLSXCraftedWorkbook {
    static let main = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#

    static func sheet(_ rows: String, head: String = "") -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" + head + "<worksheet \(main)><sheetData>\(rows)</sheetData></worksheet>"
    }

    static func parts(sheet: String, strings: String? = nil, styles: String? = nil, date1904: Bool = false) -> [String: [UInt8]] {
        var parts: [String: String] = [
            "xl/workbook.xml": #"<?xml version="1.0"?><workbook \#(main) xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
                + (date1904 ? #"<workbookPr date1904="1"/>"# : "")
                + #"<sheets><sheet name="Hoja &amp; 1" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
            "xl/_rels/workbook.xml.rels": #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
                + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"#
                + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
                + #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/>"#
                + "</Relationships>",
            "xl/worksheets/sheet1.xml": sheet,
        ]
        if let strings { parts["xl/sharedStrings.xml"] = #"<?xml version="1.0"?><sst \#(main)>\#(strings)</sst>"# }
        if let styles { parts["xl/styles.xml"] = #"<?xml version="1.0"?><styleSheet \#(main)>\#(styles)</styleSheet>"# }
        return parts.mapValues { Array($0.utf8) }
    }

    /// The ZIP bytes of `parts`, in path order.
    static func zip(_ parts: [String: [UInt8]], compress: Bool = true) throws -> [UInt8] {
        try ZipBundle.archive(parts.keys.sorted().map { ZipBundle.Entry(path: $0, bytes: parts[$0]!, compress: compress) }, date: nil)
    }

    static func write(_ bytes: [UInt8], name: String = "libro.xlsx") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    /// Opens `bytes` as a workbook and reads its first sheet: its rows as `line: fields`, or the
    /// problems reported.
    static func read(_ bytes: [UInt8]) throws -> (rows: [String], problems: [String]) {
        let url = try write(bytes)
        var diagnostics = Diagnostics()
        guard let workbook = XLSXWorkbook.open(url, displayPath: "libro.xlsx", diagnostics: &diagnostics),
              let source = workbook.sheet(0, diagnostics: &diagnostics) else {
            return ([], diagnostics.items.map(\.formatted))
        }
        return (source.records.map { "\($0.line): \($0.fields)" }, diagnostics.items.map(\.formatted))
    }

    /// The offset of the central directory record of `path` in `zip`.
    static func directoryRecord(of path: String, in zip: [UInt8]) -> Int {
        let name = Array(path.utf8)
        var at = 0
        while at + 46 + name.count <= zip.count {
            if zip[at] == 0x50, zip[at + 1] == 0x4B, zip[at + 2] == 1, zip[at + 3] == 2,
               Array(zip[(at + 46)..<(at + 46 + name.count)]) == name { return at }
            at += 1
        }
        return -1
    }

    static func put32(_ value: UInt32, at offset: Int, in bytes: inout [UInt8]) {
        for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
    }
}
