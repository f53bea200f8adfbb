/// What `xl/workbook.xml` and its relationships say: the sheets in order with their parts, where
/// the shared strings and styles are, and the date system.
struct XLSXWorkbookParts {
    var sheets: [(name: String, path: String)] = []
    var sharedStrings: String?
    var styles: String?
    var date1904 = false

    static let workbook = "xl/workbook.xml"
    static let relationships = "xl/_rels/workbook.xml.rels"

    static func read(file: ZIPFile, entries: [String: ZIPEntry]) throws(XLSXProblem) -> XLSXWorkbookParts {
        var parts = XLSXWorkbookParts()
        guard let workbook = entries[workbook], let relationships = entries[relationships] else {
            if entries["xl/worksheets/sheet1.xml"] != nil { parts.sheets = [("Sheet1", "xl/worksheets/sheet1.xml")] }
            parts.sharedStrings = "xl/sharedStrings.xml"
            parts.styles = "xl/styles.xml"
            return parts
        }
        var targets: [String: String] = [:]
        var tokens = XMLTokenizer(reader: try ZIPEntryReader(file: file, entry: relationships))
        while true {
            let token = try tokens.next()
            if token == .done { break }
            guard token == .start || token == .empty, tokens.nameKey == Names.relationship,
                  try tokens.attributeText(Names.targetMode) != "External",
                  let id = try tokens.attributeText(Names.relationshipId), let target = try tokens.attributeText(Names.target) else { continue }
            let path = Self.path(of: target)
            targets[id] = path
            let type = try tokens.attributeText(Names.type) ?? ""
            if type.hasSuffix("/sharedStrings") { parts.sharedStrings = path }
            if type.hasSuffix("/styles") { parts.styles = path }
        }
        tokens = XMLTokenizer(reader: try ZIPEntryReader(file: file, entry: workbook))
        while true {
            let token = try tokens.next()
            if token == .done { break }
            guard token == .start || token == .empty else { continue }
            if tokens.nameKey == Names.sheet, let id = try tokens.attributeText(Names.id), let path = targets[id] {
                parts.sheets.append((try tokens.attributeText(Names.name) ?? "", path))
            } else if tokens.nameKey == Names.workbookPr, let value = try tokens.attributeText(Names.date1904) {
                parts.date1904 = value == "1" || value == "true"
            }
        }
        return parts
    }

    /// The archive path of a relationship target: absolute (`/xl/...`) or relative to `xl/`.
    static func path(of target: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var components = ["xl"]
        for component in target.split(separator: "/") {
            if component == ".." {
                _ = components.popLast()
            } else if component != "." {
                components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }
}
