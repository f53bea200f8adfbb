/// The SpreadsheetML names the readers look for.
enum Names {
    static let si = Array("si".utf8), rPh = Array("rPh".utf8), t = Array("t".utf8)
    static let row = Array("row".utf8), c = Array("c".utf8), v = Array("v".utf8), inlineString = Array("is".utf8)
    static let r = Array("r".utf8), s = Array("s".utf8)
    static let numFmt = Array("numFmt".utf8), numFmtId = Array("numFmtId".utf8), formatCode = Array("formatCode".utf8)
    static let cellXfs = Array("cellXfs".utf8), xf = Array("xf".utf8)
    static let sheet = Array("sheet".utf8), name = Array("name".utf8), id = Array("id".utf8), relationshipId = Array("Id".utf8)
    static let workbookPr = Array("workbookPr".utf8), date1904 = Array("date1904".utf8)
    static let relationship = Array("Relationship".utf8), target = Array("Target".utf8), type = Array("Type".utf8)
    static let targetMode = Array("TargetMode".utf8)
}
