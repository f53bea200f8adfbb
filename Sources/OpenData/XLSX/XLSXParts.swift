import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads `xl/sharedStrings.xml`: the text of each `<si>`, rich-text runs joined, phonetic runs
/// (`<rPh>`) left out.
final class SharedStringsParser: NSObject, XMLParserDelegate {
    private var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phoneticDepth = 0

    static func parse(_ data: Data) throws -> [String] {
        let delegate = SharedStringsParser()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else {
            throw XMLProblem(problem: .malformedSharedStrings)
        }
        return delegate.strings
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "si": current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = phoneticDepth == 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si": strings.append(XLSXText.clean(current))
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}

/// Reads a worksheet's `<sheetData>` into records: one per `<row>`, cells placed by their column.
final class SheetParser: NSObject, XMLParserDelegate {
    struct Problem {
        var row: Int
        var problem: SourceProblem
    }

    let sharedStrings: [String]
    private(set) var problem: Problem?
    private var records: [CSVRecord] = []
    private var rowNumber = 0
    private var cells: [(column: Int, text: String)] = []
    private var cellColumn = 0
    private var cellType = ""
    private var value = ""
    private var collecting = false
    private var inlineText = ""

    init(sharedStrings: [String]) {
        self.sharedStrings = sharedStrings
    }

    func parse(_ data: Data) throws -> [CSVRecord] {
        let parser = XMLParser(data: data)
        parser.delegate = self
        if !parser.parse() && problem == nil {
            throw XMLProblem(problem: .malformedWorksheet(line: parser.lineNumber))
        }
        return records
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "row":
            rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            cells = []
            cellColumn = 0
        case "c":
            cellColumn = attributes["r"].flatMap(XLSXText.column(of:)) ?? cellColumn + 1
            cellType = attributes["t"] ?? "n"
            value = ""
            inlineText = ""
        case "v":
            collecting = true
            value = ""
        case "t":
            collecting = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t":
            collecting = false
        case "c":
            if let text = cellText() { cells.append((cellColumn, text)) }
        case "row":
            endRow(parser)
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard collecting else { return }
        if cellType == "inlineStr" { inlineText += string } else { value += string }
    }

    private func cellText() -> String? {
        switch cellType {
        case "s":
            guard let index = Int(value), sharedStrings.indices.contains(index) else { return nil }
            return sharedStrings[index]
        case "inlineStr": return XLSXText.clean(inlineText)
        case "str", "e": return XLSXText.clean(value)
        case "b": return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        default: return XLSXText.number(value)
        }
    }

    private func endRow(_ parser: XMLParser) {
        guard let last = cells.map(\.column).max() else { return }
        guard last <= 16_384 else {
            problem = Problem(row: rowNumber, problem: .cellBeyondLastColumn)
            parser.abortParsing()
            return
        }
        var fields = Array(repeating: "", count: last)
        for cell in cells { fields[cell.column - 1] = cell.text }
        if fields.allSatisfy({ $0.isEmpty }) { return }
        records.append(CSVRecord(fields: fields, line: rowNumber, fieldLines: Array(repeating: rowNumber, count: fields.count)))
    }
}

/// Cell text as sitegen reads it.
enum XLSXText {
    /// 1-based column number of a cell reference ("AB12" → 28).
    static func column(of reference: String) -> Int? {
        var number = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65 && scalar.value <= 90 else { break }
            number = number * 26 + Int(scalar.value - 64)
            if number > 16_384 { return nil }
        }
        return number > 0 ? number : nil
    }

    /// NFC text with Excel's `_xHHHH_` escapes (e.g. `_x000D_` for a carriage return) decoded and
    /// line ends as LF, like a quoted CSV field.
    static func clean(_ text: String) -> String {
        var out = text
        if out.contains("_x") {
            var result = ""
            var rest = Substring(out)
            while let range = rest.range(of: "_x") {
                result += rest[..<range.lowerBound]
                let after = rest[range.upperBound...]
                let hex = after.prefix(4)
                if hex.count == 4, after.dropFirst(4).first == "_", let code = UInt32(hex, radix: 16),
                   let scalar = Unicode.Scalar(code) {
                    result.unicodeScalars.append(scalar)
                    rest = after.dropFirst(5)
                } else {
                    result += "_x"
                    rest = after
                }
            }
            out = result + rest
        }
        out = out.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return TextDecoding.normalise(out)
    }

    /// A number as stored, without exponent ("1.5E-2" → "0.015"); other text unchanged.
    static func number(_ raw: String) -> String {
        guard raw.contains("E") || raw.contains("e"), let value = Double(raw), value.isFinite else { return raw }
        return NumberText.format(value)
    }
}
