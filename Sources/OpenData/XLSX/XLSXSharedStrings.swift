/// The workbook's shared strings (`xl/sharedStrings.xml`), cleaned once, kept as one byte pool: the
/// text of each `<si>`, rich-text runs joined, phonetic runs (`<rPh>`) left out.
final class XLSXSharedStrings: Sendable {
    private let pool: [UInt8]
    private let ends: [Int]

    static let empty = XLSXSharedStrings(pool: [], ends: [])

    private init(pool: [UInt8], ends: [Int]) {
        self.pool = pool
        self.ends = ends
    }

    var count: Int { ends.count }

    /// The bytes of string `index` (empty when there is no such string).
    func bytes(_ index: Int) -> ArraySlice<UInt8> {
        guard index >= 0, index < ends.count else { return [] }
        return pool[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }

    static func read(_ reader: ZIPEntryReader) throws(XLSXProblem) -> XLSXSharedStrings {
        var tokens = XMLTokenizer(reader: reader)
        var pool: [UInt8] = [], ends: [Int] = []
        var text: [UInt8] = []
        var inItem = false, inText = false
        var phoneticDepth = 0
        loop: while true {
            switch try tokens.next() {
            case .done: break loop
            case .start:
                if tokens.nameKey == Names.si {
                    inItem = true
                    text.removeAll(keepingCapacity: true)
                } else if tokens.nameKey == Names.rPh {
                    phoneticDepth += 1
                } else if tokens.nameKey == Names.t {
                    inText = inItem && phoneticDepth == 0
                }
            case .empty:
                if tokens.nameKey == Names.si {
                    ends.append(pool.count)
                }
            case .end:
                if tokens.nameKey == Names.si {
                    XLSXText.appendClean(text, to: &pool)
                    ends.append(pool.count)
                    inItem = false
                } else if tokens.nameKey == Names.rPh {
                    phoneticDepth = max(0, phoneticDepth - 1)
                } else if tokens.nameKey == Names.t {
                    inText = false
                }
            case .text:
                if inText { try tokens.appendText(to: &text) }
            }
        }
        return XLSXSharedStrings(pool: pool, ends: ends)
    }
}
