import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the first worksheet of an Excel workbook (.xlsx) into the same records a CSV gives, so
/// every reader takes a workbook as it is: one record per sheet row, its `line` the row number in
/// the sheet and each field's column the cell's column number (A = 1). Cell text is what Excel
/// stores: shared or inline strings, numbers as written in the file (dates as serial numbers).
public enum XLSXSheetReader {
    public static func read(_ url: URL, displayPath: String, diagnostics: inout Diagnostics) -> CSVSource? {
        let location = SourceLocation(file: displayPath)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            diagnostics.error(location, .source(.unreadableFile))
            return nil
        }
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            diagnostics.error(location, .source(.notZipWorkbook))
            return nil
        }
        do {
            let sheetPath = try firstSheetPath(in: archive)
            guard let sheetEntry = archive[sheetPath] else {
                diagnostics.error(location, .source(.missingFirstWorksheet(part: sheetPath)))
                return nil
            }
            let strings = try archive["xl/sharedStrings.xml"].map { try SharedStringsParser.parse(extract($0, from: archive)) } ?? []
            let parser = SheetParser(sharedStrings: strings)
            let rows = try parser.parse(extract(sheetEntry, from: archive))
            if let problem = parser.problem {
                diagnostics.error(SourceLocation(file: displayPath, line: problem.row, column: 0), .source(problem.problem))
                return nil
            }
            if rows.isEmpty {
                diagnostics.error(location, .source(.emptyFirstWorksheet))
                return nil
            }
            return CSVSource(path: displayPath, encoding: .xlsx, delimiter: 0, records: rows)
        } catch let error as XMLProblem {
            diagnostics.error(location, .source(error.problem))
            return nil
        } catch {
            diagnostics.error(location, .source(.unextractableWorkbookPart))
            return nil
        }
    }

    /// Reads the worksheet at `sheetPath` (a part inside the archive) into records, reported under
    /// `displayPath`.
    static func readSheet(_ url: URL, sheetPath: String, displayPath: String, diagnostics: inout Diagnostics) -> CSVSource? {
        let location = SourceLocation(file: displayPath)
        do {
            let archive = try Archive(url: url, accessMode: .read)
            guard let sheetEntry = archive[sheetPath] else {
                diagnostics.error(location, .source(.missingWorksheet(part: sheetPath)))
                return nil
            }
            let strings = try archive["xl/sharedStrings.xml"].map { try SharedStringsParser.parse(extract($0, from: archive)) } ?? []
            let parser = SheetParser(sharedStrings: strings)
            let rows = try parser.parse(extract(sheetEntry, from: archive))
            if let problem = parser.problem {
                diagnostics.error(SourceLocation(file: displayPath, line: problem.row, column: 0), .source(problem.problem))
                return nil
            }
            return CSVSource(path: displayPath, encoding: .xlsx, delimiter: 0, records: rows)
        } catch let error as XMLProblem {
            diagnostics.error(location, .source(error.problem))
            return nil
        } catch {
            diagnostics.error(location, .source(.unextractableWorkbookPart))
            return nil
        }
    }

    /// Every sheet of the workbook in order: its name and the path of its part in the archive.
    static func sheets(in archive: Archive) throws -> [(name: String, path: String)] {
        guard let workbook = archive["xl/workbook.xml"], let rels = archive["xl/_rels/workbook.xml.rels"] else {
            return archive["xl/worksheets/sheet1.xml"] == nil ? [] : [("Sheet1", "xl/worksheets/sheet1.xml")]
        }
        var sheets: [(name: String, path: String)] = []
        let targets = try AttributeScanner.relationships(in: extract(rels, from: archive))
        try AttributeScanner.all(element: "sheet", in: extract(workbook, from: archive)) { attributes in
            guard let id = attributes["r:id"], let target = targets[id] else { return }
            sheets.append((attributes["name"] ?? "", target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target))
        }
        return sheets
    }

    static func extract(_ entry: Entry, from archive: Archive) throws -> Data {
        guard entry.uncompressedSize < 512 * 1024 * 1024 else { throw XMLProblem(problem: .workbookPartTooLarge(part: entry.path)) }
        var data = Data()
        _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        return data
    }

    /// The path of the workbook's first sheet, from `xl/workbook.xml` and its relationships.
    static func firstSheetPath(in archive: Archive) throws -> String {
        let fallback = "xl/worksheets/sheet1.xml"
        guard let workbook = archive["xl/workbook.xml"], let rels = archive["xl/_rels/workbook.xml.rels"] else { return fallback }
        let first = try AttributeScanner.first(element: "sheet", attribute: "r:id", in: extract(workbook, from: archive))
        let targets = try AttributeScanner.relationships(in: extract(rels, from: archive))
        guard let id = first, let target = targets[id] else { return fallback }
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        return "xl/" + target
    }
}

/// Why a part of a workbook cannot be read.
struct XMLProblem: Error {
    var problem: SourceProblem
}

/// Finds attributes in small XML parts (workbook and relationships).
private final class AttributeScanner: NSObject, XMLParserDelegate {
    var element: String
    var handler: ([String: String]) -> Bool

    init(element: String, handler: @escaping ([String: String]) -> Bool) {
        self.element = element
        self.handler = handler
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == element && !handler(attributes) { parser.abortParsing() }
    }

    static func first(element: String, attribute: String, in data: Data) throws -> String? {
        var found: String?
        let scanner = AttributeScanner(element: element) { attributes in
            found = attributes[attribute]
            return found == nil
        }
        let parser = XMLParser(data: data)
        parser.delegate = scanner
        _ = parser.parse()
        return found
    }

    static func all(element: String, in data: Data, _ body: @escaping ([String: String]) -> Void) throws {
        let scanner = AttributeScanner(element: element) { attributes in
            body(attributes)
            return true
        }
        let parser = XMLParser(data: data)
        parser.delegate = scanner
        _ = parser.parse()
    }

    static func relationships(in data: Data) throws -> [String: String] {
        var map: [String: String] = [:]
        let scanner = AttributeScanner(element: "Relationship") { attributes in
            if let id = attributes["Id"], let target = attributes["Target"] { map[id] = target }
            return true
        }
        let parser = XMLParser(data: data)
        parser.delegate = scanner
        _ = parser.parse()
        return map
    }
}
